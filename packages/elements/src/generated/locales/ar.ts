
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'elements.choice.divider': `أو`,
'elements.choice.dontKnow': `لا أعرف`,
'elements.choice.skip': `تخطي السؤال`,
'elements.date.day': `اليوم`,
'elements.date.month': `الشهر`,
'elements.date.year': `السنة`,
'elements.error.prefix': `خطأ:`,
'elements.errorSummary.heading': `هناك مشكلة`,
'elements.scale.anchor': str`${0}: ${1}`,
'elements.text.count_one': str`عدد الأحرف: ${0} من ${1}`,
'elements.text.count_other': str`عدد الأحرف: ${0} من ${1}`,
'elements.text.over_one': str`عدد الأحرف الزائدة: ${0}.`,
'elements.text.over_other': str`عدد الأحرف الزائدة: ${0}.`,
'elements.text.remaining_one': str`الأحرف المتبقية: ${0}.`,
'elements.text.remaining_other': str`الأحرف المتبقية: ${0}.`,
'elements.validation.checkBox': `يجب أن تضع علامة في المربع للمتابعة.`,
'elements.validation.chooseAny': `اختر إجابة واحدة على الأقل.`,
'elements.validation.chooseAtLeast_one': `اختر إجابة واحدة على الأقل.`,
'elements.validation.chooseAtLeast_other': str`اختر إجابات أكثر. الحد الأدنى هو ${0}.`,
'elements.validation.chooseAtMost_one': `اختر إجابة واحدة فقط.`,
'elements.validation.chooseAtMost_other': str`اخترت إجابات كثيرة. الحد الأقصى هو ${0}.`,
'elements.validation.chooseOne': `اختر إجابة.`,
'elements.validation.dateFrom': str`يجب أن يكون التاريخ ${0} أو بعده.`,
'elements.validation.dateIncomplete': `اكتب اليوم والشهر والسنة.`,
'elements.validation.dateMissing': `اكتب تاريخًا.`,
'elements.validation.dateNotReal': `هذا التاريخ غير موجود. تحقق من اليوم والشهر.`,
'elements.validation.dateUntil': str`يجب أن يكون التاريخ ${0} أو قبله.`,
'elements.validation.dateYear': `اكتب السنة بأربعة أرقام، مثلًا 2026.`,
'elements.validation.email': `اكتب عنوان البريد الإلكتروني هكذا: name@example.com`,
'elements.validation.emailMissing': `اكتب عنوان بريد إلكتروني.`,
'elements.validation.realDate': `اكتب تاريخًا صحيحًا، مثلًا 2026-03-31.`,
'elements.validation.tooLong': str`النص طويل جدًا. الحد الأقصى لعدد الأحرف هو ${0}.`,
'elements.validation.writeAnswer': `اكتب إجابة.`,
    };
  