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
];

const coreMarkets = ['US', 'CA', 'GB', 'IE', 'DE', 'NL', 'SE', 'DK', 'NO', 'FI', 'FR', 'AU'];

const industryQuestions = [
  { text: 'What do you sell, and who buys it?', group: 'firmographics' },
  {
    text: 'Is most of your revenue from other businesses or from consumers?',
    group: 'firmographics',
  },
] as const;
const headcountQuestions = [
  { text: 'How many people work at the company today?', group: 'firmographics' },
  {
    text: 'How large is the sales and customer-facing team, and is it growing this year?',
    group: 'firmographics',
  },
] as const;
const locationQuestions = [
  {
    text: 'Where is the company headquartered, and where does your sales team sit?',
    group: 'firmographics',
  },
] as const;
const stackQuestions = [
  { text: 'Which CRM does the sales team live in?', group: 'firmographics' },
  { text: 'What do reps use today for sequences, calls and email?', group: 'firmographics' },
] as const;
const painQuestions = [
  { text: 'How do you know today which deals in the pipeline are real?', group: 'pain' },
  { text: 'What happens when a forecast misses: who finds out, and when?', group: 'pain' },
] as const;
const buyingQuestions = [
  { text: 'Who besides you would weigh in on a tool like this?', group: 'buying-process' },
  {
    text: 'Is there budget set aside for sales tooling this year, and who signs it off?',
    group: 'buying-process',
  },
] as const;

const competitorStory =
  'They already pay for call recording and forecasting. Lead with consolidation: one tool for pipeline inspection and coaching, at a lower total cost, with a migration plan for their recorded calls.';

const input: IcpConfigInput = {
  schemaVersion: 2,
  name: 'Pipeline analytics for B2B software teams (sample)',
  version: 1,
  publisher: 'ICP Lens sample',
  changelog: 'Built-in sample ICP: two segments, mid-market software and venture-backed scale-ups.',
  minConfidence: 40,
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
          kind: 'must-have',
          rule: { field: 'industry', anyOf: softwareIndustries },
          questions: [...industryQuestions],
        },
        {
          id: 'employees',
          label: '200 to 2,000 employees',
          weight: 25,
          rule: { field: 'employees', min: 200, max: 2000 },
          questions: [...headcountQuestions],
        },
        {
          id: 'revenue',
          label: '$20M to $500M annual revenue',
          weight: 15,
          rule: { field: 'revenueUsd', min: 20_000_000, max: 500_000_000 },
          questions: [
            {
              text: 'Roughly what is annual revenue, and what is the growth target for this year?',
              group: 'firmographics',
            },
          ],
        },
        {
          id: 'hq',
          label: 'Headquartered in a core market',
          weight: 15,
          rule: { field: 'hq', countries: coreMarkets },
          questions: [...locationQuestions],
        },
        {
          id: 'crm',
          label: 'Runs a CRM we integrate with',
          weight: 10,
          rule: { field: 'technologies', anyOf: ['Salesforce', 'HubSpot'], categories: ['CRM'] },
          questions: [...stackQuestions],
        },
        {
          id: 'budget',
          label: 'Budget for sales tooling this year',
          weight: 15,
          rule: { field: 'answer' },
          questions: [...buyingQuestions],
        },
        {
          id: 'competitor',
          label: 'Runs a tool we replace',
          weight: 5,
          kind: 'competitor',
          rule: { field: 'technologies', anyOf: ['Gong', 'Clari', 'Chorus'] },
          talkingPoint: competitorStory,
        },
      ],
      questions: [...painQuestions],
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
          questions: [...industryQuestions],
        },
        {
          id: 'employees',
          label: '50 to 500 employees',
          weight: 30,
          rule: { field: 'employees', min: 50, max: 500 },
          questions: [...headcountQuestions],
        },
        {
          id: 'hq',
          label: 'Headquartered in a core market',
          weight: 15,
          rule: { field: 'hq', countries: coreMarkets },
          questions: [...locationQuestions],
        },
        {
          id: 'go-to-market-stack',
          label: 'Has a go-to-market stack to plug into',
          weight: 15,
          rule: {
            field: 'technologies',
            anyOf: ['HubSpot', 'Salesforce', 'Intercom', 'Segment', 'Stripe'],
            categories: ['CRM', 'Marketing automation'],
          },
          questions: [...stackQuestions],
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
            {
              text: 'When did you last raise, and what is the plan for the money?',
              group: 'buying-process',
            },
            { text: 'Who owns building the sales process today?', group: 'buying-process' },
          ],
        },
      ],
      questions: [...painQuestions],
    },
  ],
  antiIcp: [
    {
      id: 'staffing',
      label: 'Staffing and recruiting agency',
      reason: 'Agencies sell placements, not software, and their pipeline looks nothing like ours.',
      rule: { field: 'industry', anyOf: ['Staffing and Recruiting'] },
      capTier: 'd',
    },
    {
      id: 'too-small',
      label: 'Fewer than 11 employees',
      reason: 'Too small to have a sales team that needs pipeline analytics.',
      rule: { field: 'employees', max: 10 },
      capTier: 'd',
    },
    {
      id: 'sanctioned',
      label: 'Headquartered where we cannot sell',
      reason: 'Export restrictions: we cannot contract with companies based there.',
      rule: { field: 'hq', countries: ['RU', 'BY', 'IR', 'KP', 'CU', 'SY'] },
      capTier: 'd',
    },
  ],
  buyingSignals: [
    {
      id: 'hiring-sales',
      label: 'Hiring sellers',
      weight: 30,
      rule: { type: 'hiring', roles: ['SDR', 'BDR', 'AE', 'Account Executive', 'RevOps', 'Sales'] },
    },
    { id: 'hiring', label: 'Hiring', weight: 10, rule: { type: 'hiring' } },
    { id: 'funding', label: 'Recent funding', weight: 30, rule: { type: 'funding' } },
    { id: 'many-jobs', label: '10+ open jobs', weight: 15, rule: { type: 'job-count', min: 10 } },
    { id: 'expansion', label: 'Expanding', weight: 15, rule: { type: 'expansion' } },
  ],
  timing: { warm: 20, hot: 50 },
  personas: [
    {
      id: 'vp-sales',
      name: 'Head of Sales',
      role: 'economic-buyer',
      titlePatterns: [
        'VP of Sales',
        'VP Sales',
        'Vice President of Sales',
        'Head of Sales',
        'Chief Revenue Officer',
        'CRO',
        'Sales Director',
      ],
      goals: ['Hit the number with a forecast the board believes', 'Ramp new reps faster'],
      pains: [
        'Deals slip late in the quarter without warning',
        'Forecast calls are opinion, not evidence',
      ],
      talkingPoints: [
        'Show how teams like theirs see slipping deals two weeks earlier.',
        'Tie the cost to one saved deal per quarter, not to seats.',
      ],
      objections: [
        {
          objection: 'We already have a CRM for this.',
          response: 'We sit on top of the CRM and read what reps actually do; nothing to re-enter.',
        },
        {
          objection: 'No budget until next year.',
          response:
            'Start with one team on a paid pilot sized to this quarter’s discretionary spend.',
        },
      ],
      questions: [
        {
          text: 'How confident were you in last quarter’s forecast, and what moved it?',
          group: 'pain',
        },
        { text: 'Who else signs off a purchase of this size?', group: 'buying-process' },
      ],
    },
    {
      id: 'revops',
      name: 'Revenue operations',
      role: 'champion',
      titlePatterns: ['RevOps', 'Revenue Operations', 'Sales Operations', 'Sales Ops'],
      goals: [
        'One clean source of pipeline truth',
        'Fewer spreadsheets before every forecast call',
      ],
      pains: ['Chasing reps to update the CRM', 'Stitching reports from four tools'],
      talkingPoints: [
        'Automatic activity capture means no more chasing reps for updates.',
        'Native CRM sync: fields they already report on stay the source of truth.',
      ],
      objections: [
        {
          objection: 'Another tool to administer.',
          response:
            'Setup is a CRM connection and a day of field mapping; we do the mapping with them.',
        },
      ],
      questions: [{ text: 'Which reports do you rebuild by hand every week?', group: 'pain' }],
    },
    {
      id: 'cto',
      name: 'Technical buyer',
      role: 'technical-buyer',
      titlePatterns: [
        'CTO',
        'Chief Technology Officer',
        'VP Engineering',
        'Head of IT',
        'IT Director',
        'CISO',
      ],
      goals: ['No new security risk', 'No integration work for engineering'],
      pains: ['Shadow tools connected to the CRM without review'],
      talkingPoints: ['SOC 2 Type II, SSO and a read-only CRM scope by default.'],
      objections: [
        {
          objection: 'We need a security review first.',
          response:
            'Our security pack answers the standard questionnaire; send it to the reviewer today.',
        },
      ],
      questions: [
        {
          text: 'What does your review process for new CRM integrations look like?',
          group: 'buying-process',
        },
      ],
    },
    {
      id: 'sdr-lead',
      name: 'Front-line sales manager',
      role: 'user',
      titlePatterns: [
        'Sales Manager',
        'SDR Manager',
        'BDR Manager',
        'Sales Development',
        'Account Executive',
      ],
      goals: ['Coach reps on real calls', 'Spend less time on admin'],
      pains: ['No time to listen to calls', 'Pipeline reviews eat the week'],
      talkingPoints: ['Deal boards that make the weekly pipeline review take twenty minutes.'],
      objections: [],
      questions: [{ text: 'How do you prepare for your weekly pipeline review?', group: 'pain' }],
    },
    {
      id: 'procurement',
      name: 'Procurement',
      role: 'procurement',
      titlePatterns: ['Procurement', 'Purchasing', 'Vendor Management'],
      goals: ['Predictable terms', 'Fewer vendors'],
      pains: ['Auto-renewals and seat creep'],
      talkingPoints: ['Annual terms with a seat true-up, not auto-expansion.'],
      objections: [],
      questions: [
        { text: 'What does your vendor onboarding require from us?', group: 'buying-process' },
      ],
    },
  ],
};

export const sampleIcp: IcpConfig = icpConfigSchema.parse(input);
