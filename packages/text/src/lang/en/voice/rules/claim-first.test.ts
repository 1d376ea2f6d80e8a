import { describe, expect, it } from 'vitest';
import { rows } from '../__fixtures__/rows.js';

describe('English rule 2, the claim before its frame (claim-first.ts)', () => {
  it('a time and a place after the frame ("said on Friday in Berlin", review F1a)', () => {
    expect(rows('"We are worried," a spokeswoman said on Friday in Berlin.')).toEqual([['quoted', '"We are worried,"', 'a spokeswoman']]);
    expect(rows('The talks will resume, the ministry said late on Monday at a briefing in Astana.')).toEqual([['reported', 'The talks will resume', 'the ministry']]);
  });

  it('"…, X said." and "…, said X, a spokesman for Y."', () => {
    expect(rows('More than 4,000 people were detained, the Interior Ministry said on Sunday.')).toEqual([['reported', 'More than 4,000 people were detained', 'the Interior Ministry']]);
    expect(rows('The curfew stays, said Ned Price, a spokesman for the State Department.')).toEqual([['reported', 'The curfew stays', 'Ned Price, a spokesman for the State Department']]);
  });

  it('a quotation before the frame, split quotations and a frame in the middle', () => {
    expect(rows('"We are watching closely," said a spokeswoman for the city.')).toEqual([['quoted', '"We are watching closely,"', 'a spokeswoman for the city']]);
    expect(rows('"The prices," Mr Ivanov said, "will keep rising."')).toEqual([['quoted', '"The prices,"', 'Mr Ivanov'], ['quoted', '"will keep rising."', 'Mr Ivanov']]);
    expect(rows('The economy, the minister said, will grow.')).toEqual([['reported', 'The economy', 'the minister'], ['reported', 'will grow', 'the minister']]);
  });

  it('look-alikes: a prepositional phrase before the frame is not a claim', () => {
    expect(rows('In a televised address, Tokayev said: "Order is restored."')).toEqual([['quoted', '"Order is restored."', 'Tokayev']]);
  });
});

describe('English speakers with a relative clause or a pronoun "it"', () => {
  it('"X, who …, said": the relative clause is skipped', () => {
    expect(rows('Peskov, who spoke by phone from Moscow, said the troops would leave.')).toEqual([['reported', 'the troops would leave', 'Peskov']]);
  });

  it('"It added that …" after an institution spoke', () => {
    expect(rows('The ministry said the border was closed. It added that flights would resume.')).toEqual([
      ['reported', 'the border was closed', 'The ministry'], ['reported', 'that flights would resume', 'The ministry'],
    ]);
  });
});

describe('English rule 2: the frame\'s own adverbials and a bare plural speaker', () => {
  it('"…," the judge said as she read out the verdict', () => {
    expect(rows('"The evidence is overwhelming," the judge said as she read out the verdict.')).toEqual([['quoted', '"The evidence is overwhelming,"', 'the judge']]);
  });

  it('"…, opposition parties claimed." and a hearer with a quoted name', () => {
    expect(rows('The figure was inflated, opposition parties claimed.')).toEqual([['reported', 'The figure was inflated', 'opposition parties']]);
    expect(rows('"Europe must act," Macron told the newspaper "Les Echos".')).toEqual([['quoted', '"Europe must act,"', 'Macron'], ['name', '"Les Echos"']]);
  });
});

describe('English rule 2 in wire copy: datelines and relative clauses', () => {
  it('the dateline is not part of the claim; an inverted speaker keeps its relative clause', () => {
    expect(rows('ALMATY, Kazakhstan (AP) - Troops regained the square, officials said.')).toEqual([['reported', 'Troops regained the square', 'officials']]);
    expect(rows('"We did not sleep," said Aliya Zhunusova, who lives near the square.')).toEqual([['quoted', '"We did not sleep,"', 'Aliya Zhunusova, who lives near the square']]);
  });
});

describe('English speakers with an age, and clauses after "said"', () => {
  it('"Nina Chahine, 19, said …" and "…, who …, said": the age is part of the speaker', () => {
    expect(rows('Nina Chahine, 19, said her wedding was set for July 13.')).toEqual([['reported', 'her wedding was set for July 13', 'Nina Chahine, 19']]);
    expect(rows('Nina Chahine, 19, who was among the plaintiffs, said her wedding in Tyre was set for July 13.')).toEqual([
      ['reported', 'her wedding in Tyre was set for July 13', 'Nina Chahine, 19'],
    ]);
  });
});

describe('English speakers with a quoted name inside and "commented"', () => {
  it('"…," X, the head of the "Iran Cartoon" association and the fair organizer, said.', () => {
    expect(rows('"We staged this fair," Masoud Shojai, the head of the "Iran Cartoon" association and the fair organizer, said.')).toEqual([
      ['quoted', '"We staged this fair,"', 'Masoud Shojai, the head of the "Iran Cartoon" association and the fair organizer'],
      ['name', '"Iran Cartoon"'],
    ]);
    expect(rows('"Hamas has its own agenda," commented Khader Habib, a senior official.')).toEqual([['quoted', '"Hamas has its own agenda,"', 'Khader Habib, a senior official']]);
  });

  it('a participle of describing after the frame carries the account on; other participles do not (review2 F4e)', () => {
    expect(rows('"They were shooting," the woman said, refusing to give her name.')).toEqual([['quoted', '"They were shooting,"', 'the woman']]);
    expect(rows('The internet was down, the monitoring group NetBlocks said, describing a nationwide internet blackout.')).toEqual([
      ['reported', 'The internet was down', 'the monitoring group NetBlocks'],
      ['reported', 'a nationwide internet blackout', 'the monitoring group NetBlocks'],
    ]);
  });
});
