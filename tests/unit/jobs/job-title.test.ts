// The job-title classifier reads the job market's words in seven languages,
// never an ICP's.

import { describe, expect, it } from 'vitest';
import { classifyJobTitle, isJobTitle } from '../../../lib/core/jobs/job-title';

describe('classifyJobTitle', () => {
  it.each([
    // English
    ['Senior Software Engineer', 'engineering', 'senior'],
    ['Head of Sales', 'sales', 'head'],
    ['Account Executive, Mid-Market', 'sales', undefined],
    ['Sales Development Representative (SDR)', 'sales', undefined],
    ['Customer Success Manager', 'customer-success', 'manager'],
    ['Senior Data Engineer', 'data', 'senior'],
    ['VP of Marketing', 'marketing', 'vp'],
    ['Chief Financial Officer', 'finance', 'executive'],
    ['Product Marketing Manager', 'marketing', 'manager'],
    ['Junior UX Designer', 'design', 'junior'],
    ['Marketing Intern', 'marketing', 'intern'],
    ['Talent Acquisition Partner', 'people', undefined],
    ['Senior Corporate Counsel', 'legal', 'senior'],
    // German
    ['Vertriebsleiter', 'sales', 'head'],
    ['Softwareentwickler (m/w/d)', 'engineering', undefined],
    ['Werkstudent Marketing (m/w/d)', 'marketing', 'intern'],
    ['Data Engineer (m/w/d)', 'data', undefined],
    ['Teamleiter Kundenservice', 'customer-success', 'lead'],
    ['Buchhalter (w/m/d)', 'finance', undefined],
    ['Geschäftsführer', undefined, 'executive'],
    // French
    ['Ingénieur logiciel', 'engineering', undefined],
    ['Développeur Full-Stack confirmé', 'engineering', 'senior'],
    ['Responsable commercial (H/F)', 'sales', 'head'],
    ['Stagiaire Marketing', 'marketing', 'intern'],
    ['Chargé de recrutement', 'people', undefined],
    // Spanish
    ['Desarrollador Backend Senior', 'engineering', 'senior'],
    ['Director de Ventas', 'sales', 'director'],
    ['Becario de Marketing', 'marketing', 'intern'],
    // Portuguese
    ['Engenheiro de Dados', 'data', undefined],
    ['Gerente de Vendas', 'sales', 'manager'],
    ['Estagiário de Finanças', 'finance', 'intern'],
    // Italian
    ['Sviluppatore Software', 'engineering', undefined],
    ['Responsabile Vendite', 'sales', 'head'],
    ['Stagista Risorse Umane', 'people', 'intern'],
    // Dutch
    ['Software Ontwikkelaar', 'engineering', undefined],
    ['Medewerker Klantenservice', 'customer-success', undefined],
    ['Stagiair Marketing', 'marketing', 'intern'],
  ])('%s → %s, %s', (title, department, seniority) => {
    const read = classifyJobTitle(title);
    expect(read.department).toBe(department);
    expect(read.seniority).toBe(seniority);
  });

  it('reads nothing into a title it does not know', () => {
    expect(classifyJobTitle('Koch')).toEqual({});
  });
});

describe('isJobTitle', () => {
  it.each([
    'Senior Software Engineer',
    'Data Engineer (m/w/d)',
    'Vertriebsleiter',
    'Ingénieur logiciel',
    'Werkstudent',
    'Koch (m/w/d)',
    'Account Executive, EMEA',
    'Medewerker Klantenservice',
  ])('%s is a job title', (line) => {
    expect(isJobTitle(line)).toBe(true);
  });

  it.each([
    'See all 17 jobs',
    'Our engineering culture',
    'Life at Acme',
    'Benefits',
    'Apply now',
    'We build the software that engineers love to use, and we are looking for people who care about it as much as we do',
  ])('%s is not a job title', (line) => {
    expect(isJobTitle(line)).toBe(false);
  });
});
