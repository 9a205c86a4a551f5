import {logger} from '@docusaurus/logger';

/**
 * Stops on bad input: entry problems, or a built page that holds what it
 * must not. In `docusaurus build` it prints the message with Docusaurus's
 * logger and exits non-zero: a stack trace would only bury the file and
 * line. In `npm start` it throws, so the dev server reports it and keeps
 * running until the file is fixed.
 */
export function failOnBadInput(message: string): never {
  if (process.env.NODE_ENV === 'production') {
    logger.error(message);
    process.exit(1);
  }
  const error = new Error(message);
  error.stack = message;
  throw error;
}
