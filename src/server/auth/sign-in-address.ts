/**
 * The request header the proxy sets to the path (and query) a page was asked at: where a
 * signed-out visitor returns after signing in (src/domain/accounts/sign-in-address.ts).
 */
export const REQUEST_PATH_HEADER = "x-thidua-request-path";
