// The suite sends hundreds of requests from one address; the rate limits are off for it
// and have their own tests (lib/rate-limit/*.int.test.ts), which turn them on.
export const RATE_LIMITS_OFF = {
  RATE_LIMIT_CREATE_PER_HOUR: '0',
  RATE_LIMIT_CREATE_PER_DAY: '0',
  RATE_LIMIT_LOOKUP_PER_MINUTE: '0',
  RATE_LIMIT_LOGIN_PER_HOUR: '0',
  RATE_LIMIT_LOGIN_ACCOUNT_PER_HOUR: '0',
  RATE_LIMIT_LOGIN_ADDRESS_PER_HOUR: '0',
};
