/* eslint-disable */
// Generated from the API modules' limits files by `npm run schema`. Do not edit.
// The same values are served by the `limits` query; the web reads them here, with no request.
export const limits = {
  "user": {
    "passwordMin": 10,
    "passwordMax": 200,
    "nameMin": 2,
    "nameMax": 120,
    "emailMax": 200,
    "organisationMax": 120,
    "peopleMax": 100,
    "searchMax": 100
  },
  "region": {
    "cohortSlugMin": 2,
    "cohortSlugMax": 64,
    "cohortNameMin": 2,
    "cohortNameMax": 120,
    "cohortDescriptionMax": 1000,
    "regionsPerChange": 600
  },
  "assessment": {
    "csvMaxBytes": 1000000,
    "csvMaxRows": 2000,
    "yearMin": 2000,
    "yearMax": 2100
  },
  "forum": {
    "titleMin": 5,
    "titleMax": 200,
    "bodyMax": 20000,
    "reasonMin": 3,
    "reasonMax": 500,
    "indicatorsPerThread": 10,
    "regionsPerThread": 20,
    "tagsPerThread": 5,
    "tagMax": 30
  },
  "meeting": {
    "meetingTitleMin": 3,
    "titleMax": 200,
    "descriptionMax": 5000,
    "organiserMin": 2,
    "organiserMax": 120,
    "agendaItemsMax": 50,
    "agendaTitleMax": 200,
    "sessionTitleMin": 2,
    "codeMin": 4,
    "codeMax": 12,
    "generatedCodeLength": 8,
    "pollTitleMin": 2,
    "pollTitleMax": 300,
    "questionMax": 500,
    "answerMax": 2000,
    "guestNameMin": 2,
    "guestNameMax": 60,
    "pollOptionsMax": 20,
    "pollOptionMax": 120,
    "wordsMax": 40,
    "blockedWordsMax": 200,
    "blockedWordMax": 40,
    "convertMax": 200
  },
  "challenge": {
    "titleMin": 5,
    "titleMax": 200,
    "problemMin": 20,
    "problemMax": 20000,
    "regionsMax": 20,
    "indicatorsMax": 20,
    "tagsMax": 10,
    "tagMax": 40,
    "noteMax": 1000,
    "regionChallengesMax": 50
  }
} as const;
