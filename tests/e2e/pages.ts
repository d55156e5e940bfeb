/** Every page a person reaches, for the specs that visit them all (accessibility, security headers, screenshots). */
export const SIGNED_OUT_PAGES = [
  "/",
  "/signin",
  "/signin/check-email?email=a%40example.com",
  "/signin/confirm?token=preview&email=a%40example.com",
  "/privacy",
  "/invite/unknown",
  "/offline",
];
export const SIGNED_IN_PAGES = [
  "/home",
  "/checkin",
  "/checkin/history",
  "/checkin/trends",
  "/notes",
  "/notes/new",
  "/questions",
  "/talk",
  "/bids",
  "/repair",
  "/repair/apology",
  "/practices",
  "/practices/forgiveness",
  "/settings",
];
