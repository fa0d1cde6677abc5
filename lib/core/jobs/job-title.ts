// What a job title says about the role, in the languages sellers' accounts
// post in (English, German, French, Spanish, Portuguese, Italian, Dutch):
// its department and its seniority. The vocabulary is the job market's, not
// any ICP's, so that every ICP can match hiring against the same reading.
// Background and CLI only: the content script hands over lines as written.

import type { Department, Seniority } from './job-kinds';
import { foldCase } from '../values/text';

export interface JobTitleReading {
  department?: Department;
  seniority?: Seniority;
}

// Patterns run on folded text (lower case, accents dropped). German writes
// roles as compounds ("Vertriebsleiter", "Softwareentwickler"), so its stems
// match inside words; other words match whole.

/** First match wins: the more specific departments come before the ones whose words they share. */
const DEPARTMENT_PATTERNS: readonly (readonly [Department, RegExp])[] = [
  [
    'security',
    /\b(?:security|cyber ?security|infosec|pentest\w*|securite|seguridad|seguranca|sicurezza|beveiliging)\b|sicherheit/,
  ],
  [
    'data',
    /\b(?:data|big data|machine learning|ml|ai|analytics|bi|business intelligence|donnees|datos|dados|dati)\b|daten/,
  ],
  [
    'design',
    /\b(?:design\w*|ux|ui|disenador\w*|designer|grafi(?:k|co|ca|sch)\w*|vormgever)\b|gestalt/,
  ],
  ['marketing', /\bproduct marketing\b/],
  ['product', /\b(?:product|produit|producto|produto|prodotto)\b|produkt/],
  [
    'customer-success',
    /\b(?:customer (?:success|support|service|care|experience)|client (?:success|services?)|support|helpdesk|service (?:client|desk)|onboarding|atencion al cliente|atendimento|assistenza clienti|klantenservice)\b|kundenservice|kundenbetreu|kundendienst/,
  ],
  [
    'sales',
    /\b(?:sales|account (?:executive|manager|director)|ae|sdr|bdr|business development|revops|revenue operations|key account|presales|pre-sales|commercial|commerciale|comercial|ventas|vendas|vendite|vendedor\w*|venditore|verkoop|verkoper|accountmanager)\b|vertrieb|verkauf/,
  ],
  [
    'marketing',
    /\b(?:marketing|growth|seo|sem|content|brand|communications?|pr|demand generation|comunicacion|comunicacao|comunicazione|communicatie)\b|kommunikation/,
  ],
  [
    'finance',
    /\b(?:finance|financial|accountant|accounting|controller|controlling|bookkeeper|tax|treasury|payroll|comptab\w*|financ\w*|contab\w*|contador\w*|fiscal\w*|boekhoud\w*)\b|buchhalt|finanz|steuer(?:berat|fach|referent|recht)|lohnbuch/,
  ],
  [
    'people',
    /\b(?:hr|human resources|people|recruit\w*|talent|rh|ressources humaines|recursos humanos|risorse umane|personeelszaken|recruteur|recrutement|reclutamiento|recrutamento)\b|personal(?:referent|sachbearbeit|leit|entwickl|wesen|abteil)/,
  ],
  [
    'legal',
    /\b(?:legal|counsel|lawyer|attorney|paralegal|compliance|juriste|juridique|avocat|abogado|advogado|avvocato|juridico|legale|jurist)\b|rechtsanw|syndikus/,
  ],
  [
    'engineering',
    /\b(?:engineer\w*|developer|development|devops|sre|software|programmer|frontend|front-end|backend|back-end|full[- ]?stack|mobile|ios|android|qa|tester|test automation|architect|ingenieur\w*|developpeur|developpeuse|logiciel|desarrollador\w*|ingeniero|ingeniera|programador\w*|desenvolvedor\w*|engenheir[oa]|sviluppatore|sviluppatrice|ingegnere|programmatore|ontwikkelaar|programmeur)\b|entwickl|informatiker/,
  ],
  [
    'it',
    /\b(?:it[- ](?:support|admin\w*|manager|specialist|engineer|consultant|security|operations|infrastructure)|sysadmin|system administrator|systems administrator|administrateur (?:systeme|reseau)s?|systemadministrator|helpdesk)\b/,
  ],
  [
    'operations',
    /\b(?:operations|ops|logistics?|supply chain|procurement|purchasing|office manager|facility|warehouse|operaciones|operacoes|operazioni|logistique|logistica|achats|compras|acquisti|inkoop)\b|logistik|einkauf|lager/,
  ],
];

/** First match wins: an intern stays an intern whatever else the title says, a chief outranks a manager, and
 * "Senior Product Manager" is a senior individual contributor. */
const SENIORITY_PATTERNS: readonly (readonly [Seniority, RegExp])[] = [
  [
    'intern',
    /\b(?:intern|internship|trainee|apprentice\w*|working student|stagiaire|stage|alternan(?:t|te|ce)|becari[oa]|practicas|estagiari[oa]|estagio|tirocin\w*|stagista|stagiair|azubi|werkstudent\w*)\b|praktikant|praktikum|auszubild|ausbildung/,
  ],
  [
    'executive',
    /\b(?:chief|c[eotfmrip]o|president|managing director|directeur general|directrice generale|director general|directora general|diretor geral|diretora geral|direttore generale|amministratore delegato|algemeen directeur)\b|geschaftsfuhr|vorstand/,
  ],
  ['vp', /\b(?:vp|svp|evp|vice[- ]president\w*|vicepresident\w*)\b/],
  [
    'director',
    /\b(?:director|directora|directeur|directrice|direktor\w*|diretor|diretora|direttore|direttrice|directie)\b/,
  ],
  [
    'head',
    /\b(?:head of|head|responsable|responsabile|jefe|jefa|chefe|hoofd|chef de service|chef de departement)\b|(?:bereichs|abteilungs|vertriebs|marketing|entwicklungs|verkaufs|produkt)leit/,
  ],
  [
    'lead',
    /\b(?:lead|leader|principal|staff|tech lead|team ?lead|chef d'equipe|chef de projet|lider|capo|teamleider)\b|teamleit|teamlead/,
  ],
  ['senior', /\b(?:senior|sr|snr|confirme|confirmee|experimente|experimentee)\b/],
  ['manager', /\b(?:manager|managerin|gerente|gestionnaire|gestore|leiter\w*|leiterin)\b/],
  [
    'junior',
    /\b(?:junior|jr|entry[- ]level|graduate|new grad|debutant|debutante|einsteiger\w*|berufseinsteiger\w*|principiante)\b/,
  ],
];

/**
 * Nouns that name a role: a line without one is not a job title however
 * much it speaks of a department ("Our engineering culture", "See all 17
 * jobs").
 */
const ROLE_NOUN =
  /\b(?:engineer|developer|manager|managerin|director|head of|lead|executive|representative|rep|specialist|analyst|scientist|designer|consultant|architect|administrator|accountant|assistant|associate|coordinator|officer|intern|internship|trainee|apprentice|recruiter|writer|editor|strategist|advocate|owner|chief|president|controller|counsel|technician|operator|agent|sdr|bdr|ae|devops|sre|vp|cto|ceo|cfo|coo|cmo|werkstudent\w*|mitarbeiter\w*|referent\w*|berater\w*|sachbearbeiter\w*|kaufmann|kauffrau|techniker\w*|spezialist\w*|developpeur|developpeuse|ingenieur\w*|charge de \w+|chargee de \w+|chef de \w+|responsable|commercial|technicien\w*|consultante?|stagiaire|alternant\w*|desarrollador\w*|ingenier[oa]|gerente|analista|ejecutiv[oa]|especialista|consultor\w*|tecnic[oa]|becari[oa]|desenvolvedor\w*|engenheir[oa]|estagiari[oa]|sviluppatore|sviluppatrice|ingegnere|responsabile|tirocinante|stagista|addett[oa]|ontwikkelaar|medewerker|adviseur|stagiair)\b|entwickler|ingenieur|leiter|praktikant|auszubild/;

/** "(m/w/d)", "(h/f)", "(f/m/x)": the gender note of German, French and Dutch job ads. */
const GENDER_NOTE = /\((?:[mwfdhvx*]\s*\/\s*)+[mwfdhvx*]\)/;

export function classifyJobTitle(title: string): JobTitleReading {
  const t = foldCase(title);
  const department = DEPARTMENT_PATTERNS.find(([, p]) => p.test(t))?.[0];
  const seniority = SENIORITY_PATTERNS.find(([, p]) => p.test(t))?.[0];
  return { ...(department && { department }), ...(seniority && { seniority }) };
}

/**
 * Whether a short line reads as a job title: it names a role, or carries a
 * job ad's gender note. Long lines are sentences, never titles.
 */
export function isJobTitle(line: string): boolean {
  if (line.length < 2 || line.length > 100 || line.split(/\s+/).length > 12) return false;
  const t = foldCase(line);
  return ROLE_NOUN.test(t) || GENDER_NOTE.test(t);
}
