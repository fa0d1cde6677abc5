// The departments and seniorities a job title is read into, apart from the
// classifier's vocabulary so that the hint schema and the ICP schema can name
// them without pulling the patterns into every bundle.

export const DEPARTMENTS = [
  'engineering',
  'data',
  'product',
  'design',
  'sales',
  'marketing',
  'customer-success',
  'operations',
  'finance',
  'people',
  'legal',
  'it',
  'security',
] as const;
export type Department = (typeof DEPARTMENTS)[number];

export const SENIORITIES = [
  'intern',
  'junior',
  'senior',
  'lead',
  'manager',
  'head',
  'director',
  'vp',
  'executive',
] as const;
export type Seniority = (typeof SENIORITIES)[number];
