// Specific actions by risk topic, offered as suggestions when an action is vague. Each
// one says what is done to what and how it is measured, so it reads as a model of the
// specific action the plan needs; the author still adapts it (they are never applied
// automatically). Topics are recognised from the risk's title and action text.

export interface ActionTopic {
  readonly id: string;
  /** Words that mark the topic, matched as whole words in any case. */
  readonly keywords: RegExp;
  readonly actions: readonly string[];
}

export const ACTION_TOPICS: readonly ActionTopic[] = [
  {
    id: 'mfa',
    keywords: /\b(mfa|2fa|multi-?factor|two-?factor|second factor|one-time code|authenticator|passwords?|log-?ins?|sign-?ins?|credentials?)\b/gi,
    actions: [
      'Enable MFA for all EHR, email and remote-access accounts and confirm that a login without a second factor is refused',
      'Require 14-character passwords on all accounts and turn on breached-password screening',
      'Export the list of accounts without MFA every month and enrol each one within 7 days',
    ],
  },
  {
    id: 'baa',
    keywords: /\b(baas?|business associates?|subcontractors?|vendors?|contracts?|third[- ]part(y|ies)|service providers?)\b/gi,
    actions: [
      'Execute a BAA with the vendor before it receives any more PHI and file the signed copy in the BAA register',
      'List every vendor that creates, receives, stores or transmits PHI in a BAA register with its contract and BAA dates',
      'Request the vendor\'s signed BAA and current SOC 2 Type II report and record both in the vendor register',
    ],
  },
  {
    id: 'encryption',
    keywords: /\b(encrypt(ed|ion)?|unencrypted|bitlocker|filevault|at rest|in transit|tls)\b/gi,
    actions: [
      'Encrypt every laptop and workstation disk with BitLocker or FileVault and escrow the recovery keys',
      'Export the encryption status report from the device console each month and fix any unencrypted device within 7 days',
      'Enforce TLS for all outbound email and send other PHI through the secure-message portal',
    ],
  },
  {
    id: 'backup',
    keywords: /\b(backups?|back up|restores?|restoring|ransomware|disaster recovery|contingency|outages?|rto|rpo)\b/gi,
    actions: [
      'Run a documented test restore of the EHR database every quarter and record the restore time',
      'Keep an encrypted off-site backup copy with 90-day retention and immutable storage',
      'Check the nightly backup job report every Monday and open a ticket for any failed job the same day',
    ],
  },
  {
    id: 'access-removal',
    keywords: /\b(former|departed|departing|terminated|terminations?|leavers?|offboarding|exit|stale accounts?|shared (accounts?|logins?)|generic (accounts?|logins?)|access reviews?|user accounts?)\b/gi,
    actions: [
      'Disable EHR, email and VPN accounts on each leaver\'s last day using a signed offboarding checklist',
      'Review all user accounts against the staff roster every quarter and disable any account without a current owner',
      'Replace each shared login with named accounts and disable the shared account',
    ],
  },
  {
    id: 'training',
    keywords: /\b(training|trained|awareness|phishing|workforce|staff education|sanctions)\b/gi,
    actions: [
      'Assign the HIPAA security training module to every workforce member each January and track completion to 100%',
      'Run a phishing simulation every quarter and enrol everyone who clicks in a 20-minute refresher within 7 days',
      'Add security training with a signed acknowledgment to day-one orientation for every new hire',
    ],
  },
  {
    id: 'logging',
    keywords: /\b(logs?|logging|audit(ing)?|monitor(ing)?|activity reports?|siem|alerts?|snooping)\b/gi,
    actions: [
      'Review the EHR access report every month for after-hours and VIP-record access and record each review in the compliance log',
      'Forward firewall and server logs to the SIEM with one-year retention and alert on failed admin logins',
      'Keep audit logs for six years in write-once storage',
    ],
  },
  {
    id: 'patching',
    keywords: /\b(patch(es|ing)?|updates?|unsupported|end[- ]of[- ]life|outdated|legacy|firmware|windows (7|8|10)|vulnerabilit(y|ies)|scans?)\b/gi,
    actions: [
      'Apply critical security patches to all workstations and servers within 14 days of release and report compliance monthly',
      'Replace or isolate every device running an unsupported operating system on its own VLAN with no internet access',
      'Run an authenticated vulnerability scan every quarter and fix critical findings within 30 days',
    ],
  },
  {
    id: 'physical',
    keywords: /\b(doors?|locks?|locked|unlocked|keys?|badges?|server (room|closet)|cabinets?|paper|charts?|records room|visitors?|cameras?|shred(ding)?|screens?|whiteboards?)\b/gi,
    actions: [
      'Install a keyed lock on the server closet and give keys to the office manager and IT provider only',
      'Keep paper charts in locked cabinets at close of day and check them in a weekly walk-through',
      'Shred paper PHI through a bonded shredding vendor under a BAA and keep each certificate of destruction',
    ],
  },
  {
    id: 'devices',
    keywords: /\b(laptops?|tablets?|phones?|smartphones?|mobile|devices?|usb|workstations?|pcs?|byod|lost|stolen|wipe)\b/gi,
    actions: [
      'Enrol every laptop, tablet and phone that holds PHI in device management with a 6-digit PIN, encryption and remote wipe',
      'Block USB storage on all workstations by group policy',
      'Set a 5-minute screen lock by group policy on all workstations',
    ],
  },
  {
    id: 'email',
    keywords: /\b(e-?mails?|inbox|mailbox|spam|attachments?|microsoft 365|office 365|gmail|outlook)\b/gi,
    actions: [
      'Turn on message encryption for email to outside recipients and show staff how to use it',
      'Enable the email gateway\'s attachment sandboxing and external-sender warning banner',
      'Disable automatic forwarding of email to outside addresses for all mailboxes',
    ],
  },
  {
    id: 'fax',
    keywords: /\b(fax(es|ed|ing)?|e-?fax)\b/gi,
    actions: [
      'Move the fax machine into a locked office and route incoming faxes to a secure e-fax inbox',
      'Check fax numbers against the verified contact list before each send and review the list every quarter',
      'Sign a BAA with the e-fax service and turn off email delivery of incoming faxes',
    ],
  },
];

/** A specific action that fits any plan, for risks whose topic is not recognised. */
export const DEFAULT_EXAMPLE = 'Enable MFA on all EHR accounts';

/** The topics a text is about, most mentioned first (catalogue order on a tie). */
export function topicsOf(text: string): ActionTopic[] {
  const counted = ACTION_TOPICS.map((topic, order) => ({ topic, order, hits: text.match(topic.keywords)?.length ?? 0 }));
  return counted
    .filter((c) => c.hits > 0)
    .sort((a, b) => b.hits - a.hits || a.order - b.order)
    .map((c) => c.topic);
}

/** Up to `limit` specific actions for a risk described by `text` (title and action), best topic first. */
export function suggestedActions(text: string, limit = 3): string[] {
  return topicsOf(text)
    .flatMap((t) => t.actions)
    .slice(0, limit);
}
