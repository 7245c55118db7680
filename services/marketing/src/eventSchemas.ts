// The catalogue's marketing snapshot schemas, for imageOf: the @crm/events index does not export them (yet).
export {
  campaignMemberSnapshot,
  campaignSnapshot,
  consentSnapshot,
  emailMessageSnapshot,
  emailSendSnapshot,
  emailTemplateSnapshot,
  segmentSnapshot,
  socialPostSnapshot,
} from '@crm/events/src/catalogue/marketing';
