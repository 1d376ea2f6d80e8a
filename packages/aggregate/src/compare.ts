/** Code-unit string order and string copies: the map step's (@framelens/facts), the same in the reduce. */
export { cmp, own } from '@framelens/facts';
