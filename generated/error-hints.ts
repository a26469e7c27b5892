/**
 * GENERATED FILE, DO NOT EDIT.
 * Source: spec/allo.openapi.yaml. Regenerate with `npm run generate`;
 * `npm test` fails when this file is not what the spec generates.
 */

/** What to do about an error code, from the spec's x-hint: added to the message of an AlloApiError with that code. */
export const errorHints: Readonly<Record<string, string>> = {
  "A2P_NOT_ENABLED": "The number is not registered for application-to-person SMS: complete its US 10DLC registration in the Allo dashboard.",
  "CONTACT_NOT_FOUND": "No contact has this id (Allo answers 400, not 404, for it): find the contact's id with allo.contacts.search().",
  "FROM_NUMBER_NOT_FOUND": "from must be one of your Allo numbers, in E.164: allo.numbers.list() lists them.",
  "INVALID_LENGTH": "message must be 1 to 1000 characters.",
  "INVALID_SENDER_ID": "Send from a sender ID verified for your account: allo.phoneNumbers.list() lists your numbers and sender IDs.",
  "INVALID_TO_NUMBER": "to must be a phone number in E.164, such as +33612345678.",
  "NUMBER_NOT_SMS_ENABLED": "from cannot send SMS: send from a number whose capabilities include SMS (allo.phoneNumbers.list()).",
  "PROVIDER_NOT_SUPPORTED": "No SMS route serves these numbers: quote the request id to Allo's support.",
  "SENDER_ID_NOT_ACTIVE": "The sender ID cannot send yet: send from another one, and quote the request id to Allo's support if it should be active.",
  "TO_NUMBER_COUNTRY_MISMATCH": "Send from one of your numbers in the country of to (allo.numbers.list() says each number's country).",
  "WEBHOOK_NOT_FOUND": "No subscription has this id: allo.webhooks.list() lists them."
};
