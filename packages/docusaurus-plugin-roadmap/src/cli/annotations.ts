import {escapeForLog} from '../format';
import type {Problem} from '../types';

// https://docs.github.com/actions/reference/workflow-commands-for-github-actions#setting-an-error-message
function escapeData(text: string): string {
  return escapeForLog(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * Problems as GitHub Actions error commands: each shows on the pull
 * request's diff, at the file and line it names.
 */
export function githubAnnotations(problems: readonly Problem[]): string {
  return problems
    .map((p) => {
      const properties = [
        `file=${escapeProperty(p.file)}`,
        ...(p.line ? [`line=${p.line}`] : []),
        `title=${escapeProperty(p.field ? `Roadmap entry: ${p.field}` : 'Roadmap entry')}`,
      ];
      const message = p.field ? `front matter "${p.field}" ${p.message}` : p.message;
      return `::error ${properties.join(',')}::${escapeData(message)}`;
    })
    .join('\n');
}
