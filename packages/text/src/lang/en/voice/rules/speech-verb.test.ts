import { describe, expect, it } from 'vitest';
import { rows } from '../__fixtures__/rows.js';

describe('English rule 1, a speech verb with its claim after it (speech-verb.ts)', () => {
  it('"X said (that) …", with the adverbials of the frame left out', () => {
    expect(rows('Tokayev said on Friday that order had been restored.')).toEqual([['reported', 'that order had been restored', 'Tokayev']]);
    expect(rows('The company said in a filing it expected output to recover.')).toEqual([['reported', 'it expected output to recover', 'The company']]);
    expect(rows('Officials had said earlier that the border would stay open.')).toEqual([['reported', 'that the border would stay open', 'Officials']]);
  });

  it('"told reporters/Reuters/a news conference …": the hearer is part of the frame', () => {
    expect(rows('A senior diplomat told Reuters the package was unlikely to pass.')).toEqual([['reported', 'the package was unlikely to pass', 'A senior diplomat']]);
    expect(rows('The minister told a news conference that 16 officers had died.')).toEqual([['reported', 'that 16 officers had died', 'The minister']]);
  });

  it('a wish with its object before "to" + the verb is not part of the speaker ("Moscow would like the world to believe", review F1d)', () => {
    expect(rows('Moscow would like the world to believe that the uprising was a coup.')).toEqual([['reported', 'that the uprising was a coup', 'Moscow']]);
    expect(rows('The ruling party wants voters to believe that the crisis is over.')).toEqual([['reported', 'that the crisis is over', 'The ruling party']]);
    // look-alikes: no verb of saying or believing after "to"; a catenative before the verb
    expect(rows('Residents want the mayor to reopen the library.')).toEqual([]);
    // a causative: "would have the public believe"
    expect(rows('Officials would have the public believe that the crisis is over.')).toEqual([['reported', 'that the crisis is over', 'Officials']]);
    expect(rows('The coach had the players run laps.')).toEqual([]);
    expect(rows('Officials continue to insist that the vote was fair.')).toEqual([['reported', 'that the vote was fair', 'Officials']]);
  });

  it('"X says …" in its present-tense news form, and reported questions', () => {
    expect(rows('The IMF says growth will slow next year.')).toEqual([['reported', 'growth will slow next year', 'The IMF']]);
    expect(rows('Journalists asked whether the curfew would be extended.')).toEqual([['reported', 'whether the curfew would be extended', 'Journalists']]);
    expect(rows('The Kremlin denied that troops would fight.')).toEqual([['reported', 'that troops would fight', 'The Kremlin']]);
    expect(rows('The central bank warned that inflation could rise.')).toEqual([['reported', 'that inflation could rise', 'The central bank']]);
  });

  it('a colon or comma before a quotation: the quotation is the speaker\'s', () => {
    expect(rows('Peskov told reporters: "This is an internal affair."')).toEqual([['quoted', '"This is an internal affair."', 'Peskov']]);
  });

  it('look-alikes stay authorial: "said" as an adjective or idiom, nouns, objects that are no claim', () => {
    for (const t of [
      'The said company has not filed any accounts.', 'That said, the economy grew.', 'But who says so?', 'The fire claimed twelve lives.',
      'He denied the allegations through his lawyer.', 'Officials asked residents to stay at home.', 'Residents were told to stay indoors.',
      'The former mayor is said to be living in Dubai.', 'Insurance claims after the riots rose to a record level.', 'The report says nothing about the dead.',
    ]) expect(rows(t), t).toEqual([]);
  });
});

describe('English rule 1: frames in AP style and with two speakers', () => {
  it('"said Tuesday that …" and "said last week": the time is the frame\'s', () => {
    expect(rows('The ministry said Tuesday that the border would reopen.')).toEqual([['reported', 'that the border would reopen', 'The ministry']]);
    expect(rows('Officials said last week the tax would stay.')).toEqual([['reported', 'the tax would stay', 'Officials']]);
  });

  it('"X and Y said": both names are the speaker', () => {
    expect(rows('Russia and China said the unrest was an internal affair.')).toEqual([['reported', 'the unrest was an internal affair', 'Russia and China']]);
  });
});

describe('English rule 1: rulings, findings and the outlet\'s comment on a claim', () => {
  it('"ruled that", "found that" are attributions; the comment after the claim is not', () => {
    expect(rows('A federal judge ruled on Monday that the law was void.')).toEqual([['reported', 'that the law was void', 'A federal judge']]);
    expect(rows('The army said it had repelled an attack, a claim that could not be verified.')).toEqual([['reported', 'it had repelled an attack', 'The army']]);
    expect(rows('Scientists have long warned that the lake could dry up.')).toEqual([['reported', 'that the lake could dry up', 'Scientists']]);
  });

  it('look-alikes: "found" and "rules" with no clause', () => {
    expect(rows('Police found weapons in the car.')).toEqual([]);
    expect(rows('The rules were changed in 2019.')).toEqual([]);
  });
});

describe('English rule 1: where the claim ends', () => {
  it('"… but has not presented evidence" is the outlet\'s again', () => {
    expect(rows('The government has said terrorists were behind the unrest but has not presented evidence.')).toEqual([['reported', 'terrorists were behind the unrest', 'The government']]);
  });

  it('look-alike: "on charges of treason" is no accusation frame', () => {
    expect(rows('He arrested the head of the service on charges of treason.')).toEqual([]);
  });
});

describe('English rule 1: name appositions, "believe", negative subjects', () => {
  it('"The company\'s chief executive, Anna Berg, said"; "…, police believe."', () => {
    expect(rows('The company\'s chief executive, Anna Berg, said the decision had been painful.')).toEqual([
      ['reported', 'the decision had been painful', 'The company\'s chief executive, Anna Berg'],
    ]);
    expect(rows('The victim was known to the attacker, police believe.')).toEqual([['reported', 'The victim was known to the attacker', 'police']]);
  });

  it('look-alike: "Nobody said a word when …"', () => {
    expect(rows('Nobody said a word when the results were announced.')).toEqual([]);
  });
});

describe('English rule 1 on web text (UD English-EWT): modals and findings', () => {
  it('look-alikes: a modal before the verb, "found" without "that"', () => {
    expect(rows('They\'ll tell you one thing then do another.')).toEqual([]);
    expect(rows('My next pool service found the filters had not been cleaned.')).toEqual([]);
    expect(rows('The inquiry found that the filters had not been cleaned.')).toEqual([['reported', 'that the filters had not been cleaned', 'The inquiry']]);
  });
});
