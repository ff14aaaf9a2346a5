import { pathToFileURL } from 'node:url';
import { DOCS_BASE_URL, type Range, type Severity } from '../../../core/analysis/types.js';
import { notAnalysedFiles, sortFindings, type CheckReport, type ReportRule } from './report.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The project's home, derived from where the rule pages live so the two cannot drift apart. */
export const INFORMATION_URI = DOCS_BASE_URL.replace(/\/blob\/.*$/, '');

type SarifLevel = 'error' | 'warning' | 'note';

const LEVELS: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };
/** GitHub code scanning reads this property to rank non-security alerts. */
const PROBLEM_SEVERITY: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'recommendation', hint: 'recommendation' };

interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

interface SarifPhysicalLocation {
  artifactLocation: { uri: string; uriBaseId?: 'SRCROOT' };
  region: SarifRegion;
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: [
    {
      tool: { driver: { name: 'flink-ft'; version: string; semanticVersion: string; informationUri: string; rules: SarifRule[] } };
      originalUriBaseIds: { SRCROOT: { uri: string } };
      columnKind: 'utf16CodeUnits';
      invocations: [SarifInvocation];
      results: SarifResult[];
    },
  ];
}

/** How the run went: a file left out makes it unsuccessful, with one notification per file. */
interface SarifInvocation {
  executionSuccessful: boolean;
  toolExecutionNotifications: {
    level: 'error' | 'warning';
    message: { text: string };
    locations: { physicalLocation: { artifactLocation: SarifPhysicalLocation['artifactLocation'] } }[];
  }[];
}

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  helpUri: string;
  help: { text: string; markdown: string };
  defaultConfiguration: { level: SarifLevel };
  properties: { tags: string[]; precision: 'high'; 'problem.severity': string };
}

interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: SarifLevel;
  message: { text: string };
  locations: { physicalLocation: SarifPhysicalLocation }[];
  relatedLocations?: { id: number; message: { text: string }; physicalLocation: SarifPhysicalLocation }[];
}

/**
 * SARIF 2.1.0 for GitHub code scanning: every rule with its help URI, results located relative to
 * SRCROOT (the working folder, so uploads from a CI checkout map onto the repository), and the
 * "other end" of a finding as related locations. Columns count UTF-16 code units, as the analyzer
 * does, and end columns are exclusive, as SARIF defines them.
 */
export function toSarifLog(report: CheckReport): SarifLog {
  const rules = report.rules.map(toSarifRule);
  const ruleIndex = new Map(report.rules.map((rule, i) => [rule.id, i]));
  const baseUri = directoryUri(report.cwd);
  const results: SarifResult[] = [];
  for (const file of report.files) {
    const artifactLocation = artifactFor(file.path, baseUri);
    for (const finding of sortFindings(file.findings)) {
      const index = ruleIndex.get(finding.ruleId);
      const result: SarifResult = {
        ruleId: finding.ruleId,
        ...(index === undefined ? {} : { ruleIndex: index }),
        level: LEVELS[finding.severity],
        message: { text: finding.message },
        locations: [{ physicalLocation: { artifactLocation, region: toRegion(finding.range) } }],
      };
      if (finding.related.length > 0) {
        result.relatedLocations = finding.related.map((r, i) => ({
          id: i + 1,
          message: { text: r.message },
          physicalLocation: { artifactLocation, region: toRegion(r.range) },
        }));
      }
      results.push(result);
    }
  }
  const notifications: SarifInvocation['toolExecutionNotifications'] = notAnalysedFiles(report).map((file) => ({
    level: file.notAnalysed.kind === 'failed' ? 'error' : 'warning',
    message: { text: `Not analysed: ${file.notAnalysed.reason}` },
    locations: [{ physicalLocation: { artifactLocation: artifactFor(file.path, baseUri) } }],
  }));
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'flink-ft',
            version: report.toolVersion,
            semanticVersion: report.toolVersion,
            informationUri: INFORMATION_URI,
            rules,
          },
        },
        originalUriBaseIds: { SRCROOT: { uri: baseUri } },
        columnKind: 'utf16CodeUnits',
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        results,
      },
    ],
  };
}

export function formatSarif(report: CheckReport): string {
  return `${JSON.stringify(toSarifLog(report), null, 2)}\n`;
}

function toSarifRule(rule: ReportRule): SarifRule {
  return {
    id: rule.id,
    name: rule.name,
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.description },
    helpUri: rule.docsUrl,
    help: { text: `${rule.description} See ${rule.docsUrl}`, markdown: `${rule.description} [Documentation](${rule.docsUrl})` },
    defaultConfiguration: { level: LEVELS[rule.defaultSeverity] },
    properties: {
      tags: ['flink', 'fault-tolerance', rule.type === 'problem' ? 'correctness' : 'maintainability'],
      precision: 'high',
      'problem.severity': PROBLEM_SEVERITY[rule.defaultSeverity],
    },
  };
}

function toRegion(range: Range): SarifRegion {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

/** A folder's file URI with the trailing slash SARIF requires of base URIs. */
function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/** Relative to SRCROOT when the file is inside it (what code scanning needs), else absolute. */
function artifactFor(path: string, baseUri: string): SarifPhysicalLocation['artifactLocation'] {
  const href = pathToFileURL(path).href;
  return href.startsWith(baseUri) ? { uri: href.slice(baseUri.length), uriBaseId: 'SRCROOT' } : { uri: href };
}
