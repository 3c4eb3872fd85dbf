import { describe, expect, it } from 'vitest';
import { parseDataFiles, type DataFiles } from '../../src/data/dataset.ts';
import { parseContractCsv } from '../../src/data/parse-csv.ts';

const HEADER = 'area,indicator,breakdown,period,value,unit,kind,source_id,item,quote';

function files(observations: string): DataFiles {
  return {
    municipalities: 'code,name,region\n000,Hele landet,\n163,Herlev,Region Hovedstaden\n',
    groups: 'group_id,name,member_code\nnaboer,Naboer,163\n',
    indicators: 'indicator,label_da,label_en,unit,description_da\nledige,Ledige,Unemployed,persons,Antal ledige\n',
    sources: 'source_id,municipality_code,body,meeting_date,title,document,url\ns1,163,Udvalg,2022-10-26,Referat,doc.txt,\n',
    grants: 'grant_id,municipality_code,title,grantor,amount_dkk,period_start,period_end,decided_on,source_id,item\n',
    grant_lines: 'grant_id,line,amount_dkk\n',
    observations: [{ file: 'observations.csv', text: observations }],
  };
}

describe('parseContractCsv', () => {
  it('returns typed rows and keeps a missing value as null, not zero', () => {
    const { rows, errors } = parseContractCsv('observations', 'o.csv', `${HEADER}\n163,ledige,all,2022-07,1234.5,persons,actual,s1,,\n163,ledige,all,2022-08,,persons,actual,s1,,\n`);
    expect(errors).toEqual([]);
    expect(rows.map((r) => r.value)).toEqual([1234.5, null]);
  });

  it('handles a BOM and CRLF line endings', () => {
    const text = `\uFEFF${HEADER}\r\n163,ledige,all,2022-07,10,persons,actual,s1,"Punkt 1, del 2",\r\n`;
    const { rows, errors } = parseContractCsv('observations', 'o.csv', text);
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({ area: '163', item: 'Punkt 1, del 2', value: 10 });
  });

  it('names a missing column by file, row and column', () => {
    const { rows, errors } = parseContractCsv('observations', 'o.csv', 'area,indicator,breakdown,period,unit,kind,source_id,item,quote\n');
    expect(rows).toEqual([]);
    expect(errors.map((e) => [e.file, e.row, e.column])).toEqual([['o.csv', 1, 'value']]);
    expect(errors[0]!.message).toMatch(/^Kolonnen "value" mangler i overskriftsrækken, så ingen af filens \d+ rækker kan læses\.$/);
  });

  it('reports an empty file', () => {
    expect(parseContractCsv('groups', 'groups.csv', '').errors[0]?.message).toBe('Filen er tom.');
    expect(parseContractCsv('groups', 'groups.csv', '\uFEFF\n').errors[0]?.message).toBe('Filen er tom.');
  });

  it('reports each bad cell in Danish and keeps the good rows', () => {
    const text = [
      HEADER,
      '163,ledige,all,2022-07,10,people,actual,s1,,',
      '163,ledige,all,juli 2022,"1.234,5",persons,guess,s1,,',
      '163,ledige,all,2022-09,12,persons,actual,s1,,',
    ].join('\n');
    const { rows, errors } = parseContractCsv('observations', 'o.csv', text);
    expect(rows).toHaveLength(1);
    expect(errors.map((e) => `${e.row}:${e.column}`)).toEqual(['2:unit', '3:period', '3:value', '3:kind']);
    expect(errors[0]?.message).toContain('enheden skal være en af persons, fte, pct');
    expect(errors[2]?.message).toContain('punktum som decimaltegn');
  });

  it('rejects a quote over 200 characters', () => {
    const { errors } = parseContractCsv('observations', 'o.csv', `${HEADER}\n163,ledige,all,2022,1,persons,actual,s1,,${'x'.repeat(201)}\n`);
    expect(errors[0]).toMatchObject({ row: 2, column: 'quote' });
  });
});

describe('parseDataFiles', () => {
  it('resolves areas, groups, indicators and sources', () => {
    const { dataset, errors } = parseDataFiles(files(`${HEADER}\n163,ledige,all,2022,1,persons,actual,s1,,\nnaboer,ledige,all,2022,2,persons,actual,s1,,\n`));
    expect(errors).toEqual([]);
    expect(dataset.observations).toHaveLength(2);
  });

  it('drops and reports unknown references with the right row number', () => {
    const text = [
      HEADER,
      '163,ledige,all,2022,1,bad,actual,s1,,',
      '999,ledige,all,2022,1,persons,actual,s1,,',
      '163,andet,all,2022,1,persons,actual,s1,,',
      '163,ledige,all,2022,1,persons,actual,nope,,',
      '163,ledige,all,2022,1,pct,actual,s1,,',
    ].join('\n');
    const { dataset, errors } = parseDataFiles(files(text));
    expect(dataset.observations).toEqual([]);
    expect(errors.map((e) => `${e.row}:${e.column}`)).toEqual(['2:unit', '3:area', '4:indicator', '5:source_id', '6:unit']);
    expect(errors[1]?.message).toBe('Området "999" findes hverken i municipalities.csv eller groups.csv.');
  });

  it('checks references between the small files', () => {
    const f = files(`${HEADER}\n`);
    f.grants += 'g1,163,Tilskud,STAR,1000,,,,s1,\ng2,404,Tilskud,STAR,1000,,,,s9,\n';
    f.grant_lines += 'g1,Løn,1000\ng3,Løn,5\n';
    const { errors } = parseDataFiles(f);
    expect(errors.map((e) => `${e.file}:${e.row}:${e.column}`)).toEqual([
      'grants.csv:3:municipality_code',
      'grants.csv:3:source_id',
      'grant_lines.csv:3:grant_id',
    ]);
  });
});
