import pino from 'pino';

export type Logger = pino.Logger;

/** JSON logs; quiet in tests unless PITBOSS_LOG_LEVEL says otherwise. Tokens and passwords are never logged. */
export function createLogger(level = process.env.PITBOSS_LOG_LEVEL ?? 'info', destination?: pino.DestinationStream): Logger {
  const options = { level, redact: ['req.headers.cookie', 'password', 'token', 'session'] };
  return destination ? pino(options, destination) : pino(options);
}
