
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'elements.choice.divider': `tai`,
'elements.choice.dontKnow': `En tiedä`,
'elements.choice.skip': `Ohita`,
'elements.date.day': `Päivä`,
'elements.date.month': `Kuukausi`,
'elements.date.year': `Vuosi`,
'elements.error.prefix': `Virhe:`,
'elements.errorSummary.heading': `Lomakkeessa on virheitä`,
'elements.scale.anchor': str`${0}: ${1}`,
'elements.text.count_one': str`${0}/${1} merkki`,
'elements.text.count_other': str`${0}/${1} merkkiä`,
'elements.text.over_one': str`Olet kirjoittanut ${0} merkin liikaa.`,
'elements.text.over_other': str`Olet kirjoittanut ${0} merkkiä liikaa.`,
'elements.text.remaining_one': str`Sinulla on ${0} merkki jäljellä.`,
'elements.text.remaining_other': str`Sinulla on ${0} merkkiä jäljellä.`,
'elements.validation.checkBox': `Sinun täytyy rastittaa ruutu, jotta voit jatkaa.`,
'elements.validation.chooseAny': `Valitse vähintään yksi vastaus.`,
'elements.validation.chooseAtLeast_one': `Valitse vähintään yksi vastaus.`,
'elements.validation.chooseAtLeast_other': str`Valitse vähintään ${0} vastausta.`,
'elements.validation.chooseAtMost_one': `Valitse vain yksi vastaus.`,
'elements.validation.chooseAtMost_other': str`Valitse enintään ${0} vastausta.`,
'elements.validation.chooseOne': `Valitse vastaus.`,
'elements.validation.dateFrom': str`Päivämäärän pitää olla ${0} tai myöhemmin.`,
'elements.validation.dateIncomplete': `Kirjoita päivä, kuukausi ja vuosi.`,
'elements.validation.dateMissing': `Kirjoita päivämäärä.`,
'elements.validation.dateNotReal': `Tätä päivämäärää ei ole olemassa. Tarkista päivä ja kuukausi.`,
'elements.validation.dateUntil': str`Päivämäärän pitää olla ${0} tai aikaisemmin.`,
'elements.validation.dateYear': `Kirjoita vuosi neljällä numerolla, esimerkiksi 2026.`,
'elements.validation.email': `Kirjoita sähköpostiosoite näin: nimi@esimerkki.fi`,
'elements.validation.emailMissing': `Kirjoita sähköpostiosoite.`,
'elements.validation.realDate': `Kirjoita päivämäärä, joka on olemassa, esimerkiksi 2026-03-31.`,
'elements.validation.tooLong': str`Teksti on liian pitkä. Voit kirjoittaa enintään ${0} merkkiä.`,
'elements.validation.writeAnswer': `Kirjoita vastaus.`,
    };
  