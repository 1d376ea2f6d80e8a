export async function main(argv: string[]): Promise<number> {
  console.log('framelens', argv.join(' '));
  return 0;
}
