
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'elements.choice.divider': `or`,
'elements.choice.dontKnow': `Don’t know`,
'elements.choice.skip': `Skip`,
'elements.date.day': `Day`,
'elements.date.month': `Month`,
'elements.date.year': `Year`,
'elements.error.prefix': `Error:`,
'elements.errorSummary.heading': `There is a problem`,
'elements.scale.anchor': str`${0}: ${1}`,
'elements.text.count_one': str`${0} of ${1} character`,
'elements.text.count_other': str`${0} of ${1} characters`,
'elements.text.over_one': str`You have written ${0} character too many.`,
'elements.text.over_other': str`You have written ${0} characters too many.`,
'elements.text.remaining_one': str`You have ${0} character left.`,
'elements.text.remaining_other': str`You have ${0} characters left.`,
'elements.validation.checkBox': `You must tick the box to continue.`,
'elements.validation.chooseAny': `Choose at least one answer.`,
'elements.validation.chooseAtLeast_one': `Choose at least one answer.`,
'elements.validation.chooseAtLeast_other': str`Choose at least ${0} answers.`,
'elements.validation.chooseAtMost_one': `Choose only one answer.`,
'elements.validation.chooseAtMost_other': str`Choose no more than ${0} answers.`,
'elements.validation.chooseOne': `Choose an answer.`,
'elements.validation.dateFrom': str`The date must be ${0} or later.`,
'elements.validation.dateIncomplete': `Write the day, month and year.`,
'elements.validation.dateMissing': `Write a date.`,
'elements.validation.dateNotReal': `That date does not exist. Check the day and month.`,
'elements.validation.dateUntil': str`The date must be ${0} or earlier.`,
'elements.validation.dateYear': `Write the year with four digits, for example 2026.`,
'elements.validation.email': `Write the e-mail address like this: name@example.com`,
'elements.validation.emailMissing': `Write an e-mail address.`,
'elements.validation.realDate': `Write a date that exists, for example 2026-03-31.`,
'elements.validation.tooLong': str`The text is too long. You can write up to ${0} characters.`,
'elements.validation.writeAnswer': `Write an answer.`,
    };
  