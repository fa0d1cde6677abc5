import { icpConfigSchema, type IcpConfig, type IcpConfigInput } from './schema';

// The ICP every new install starts with, so the extension is useful before a
// manager publishes one. It describes a seller of a sales-engagement and
// pipeline-analytics product to B2B software companies.

const softwareIndustries = [
  'Software Development',
  'IT Services and IT Consulting',
  'Technology, Information and Internet',
  'Data Infrastructure and Analytics',
  'Computer and Network Security',
  // LinkedIn's pre-2022 names, still shown on older pages and CRM exports.
  'Computer Software',
  'Information Technology and Services',
  'Internet',
];

const coreMarkets = ['US', 'CA', 'GB', 'IE', 'DE', 'NL', 'SE', 'DK', 'NO', 'FI', 'FR', 'AU'];

const industryQuestions = [
  'What do you sell, and who buys it?',
  'Is most of your revenue from other businesses or from consumers?',
];
const headcountQuestions = [
  'How many people work at the company today?',
  'How large is the sales and customer-facing team, and is it growing this year?',
];
const locationQuestions = [
  'Where is the company headquartered, and where does your sales team sit?',
];
const stackQuestions = [
  'Which CRM does the sales team live in?',
  'What do reps use today for sequences, calls and email?',
];

const input: IcpConfigInput = {
  schemaVersion: 1,
  name: 'Pipeline analytics for B2B software teams (sample)',
  version: 1,
  publisher: 'ICP Lens sample',
  changelog: 'Built-in sample ICP: two segments, mid-market software and venture-backed scale-ups.',
  tiers: [
    { id: 'a', label: 'A', minScore: 75, color: '#1a7f37' },
    { id: 'b', label: 'B', minScore: 50, color: '#0969da' },
    { id: 'c', label: 'C', minScore: 25, color: '#9a6700' },
    { id: 'd', label: 'D', minScore: 0, color: '#6e7781' },
  ],
  segments: [
    {
      id: 'mid-market-software',
      name: 'Mid-market B2B software',
      description:
        'Established software companies with a sales team large enough to need shared pipeline discipline.',
      criteria: [
        {
          id: 'industry',
          label: 'Builds or runs software',
          weight: 30,
          rule: { field: 'industry', anyOf: softwareIndustries },
          questions: industryQuestions,
        },
        {
          id: 'employees',
          label: '200 to 2,000 employees',
          weight: 25,
          rule: { field: 'employees', min: 200, max: 2000 },
          questions: headcountQuestions,
        },
        {
          id: 'revenue',
          label: '$20M to $500M annual revenue',
          weight: 15,
          rule: { field: 'revenueUsd', min: 20_000_000, max: 500_000_000 },
          questions: [
            'Roughly what is annual revenue, and what is the growth target for this year?',
            'Is there budget set aside for sales tooling this year?',
          ],
        },
        {
          id: 'hq',
          label: 'Headquartered in a core market',
          weight: 15,
          rule: { field: 'hq', countries: coreMarkets },
          questions: locationQuestions,
        },
        {
          id: 'crm',
          label: 'Runs Salesforce or HubSpot',
          weight: 10,
          rule: {
            field: 'technologies',
            anyOf: ['Salesforce', 'HubSpot', 'Pardot', 'Marketo', 'Outreach', 'Salesloft'],
          },
          questions: stackQuestions,
        },
        {
          id: 'b2b-motion',
          label: 'Sells to businesses',
          weight: 5,
          rule: {
            field: 'keywords',
            anyOf: ['B2B', 'SaaS', 'enterprise', 'platform', 'sales teams', 'revenue teams'],
          },
          questions: ['Who are your typical customers, and how do they buy from you?'],
        },
      ],
    },
    {
      id: 'scale-up',
      name: 'Venture-backed scale-up',
      description:
        'Software start-ups past product-market fit, building their first repeatable sales motion.',
      criteria: [
        {
          id: 'industry',
          label: 'Builds or runs software',
          weight: 25,
          rule: { field: 'industry', anyOf: softwareIndustries },
          questions: industryQuestions,
        },
        {
          id: 'employees',
          label: '50 to 500 employees',
          weight: 30,
          rule: { field: 'employees', min: 50, max: 500 },
          questions: headcountQuestions,
        },
        {
          id: 'hq',
          label: 'Headquartered in a core market',
          weight: 15,
          rule: { field: 'hq', countries: coreMarkets },
          questions: locationQuestions,
        },
        {
          id: 'go-to-market-stack',
          label: 'Has a go-to-market stack to plug into',
          weight: 15,
          rule: {
            field: 'technologies',
            anyOf: ['HubSpot', 'Salesforce', 'Intercom', 'Segment', 'Stripe', 'Google Tag Manager'],
          },
          questions: stackQuestions,
        },
        {
          id: 'growth-story',
          label: 'Growing and selling to businesses',
          weight: 15,
          rule: {
            field: 'keywords',
            anyOf: ['B2B', 'SaaS', 'Series A', 'Series B', 'API', 'AI', 'automation', 'teams'],
          },
          questions: [
            'When did you last raise, and what is the plan for the money?',
            'Who owns building the sales process today?',
          ],
        },
      ],
    },
  ],
};

export const sampleIcp: IcpConfig = icpConfigSchema.parse(input);
