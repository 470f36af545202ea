// Limits a registered underground parcel carries (东政办〔2023〕95号 Art. 25, 26). No I/O.
import type { Bilingual } from '../shared/bilingual';
import type { ParcelStatus, ParcelUse } from './vocabulary';

export const registrationFlagCodes = ['civil_air_defence_no_transfer_or_mortgage', 'public_parking_no_split'] as const;
export type RegistrationFlagCode = (typeof registrationFlagCodes)[number];

export interface RegistrationFlag {
  code: RegistrationFlagCode;
  text: Bilingual;
  article: string;
}

export interface RegistrationFacts {
  status: ParcelStatus;
  use: ParcelUse;
  civilAirDefence: boolean;
  publicParking: boolean;
}

/** The Art. 25/26 limits of a parcel once registered; none before registration. */
export function registrationFlags(p: RegistrationFacts): RegistrationFlag[] {
  if (p.status !== 'registered') return [];
  const flags: RegistrationFlag[] = [];
  if (p.civilAirDefence || p.use === 'civil_air_defence') {
    // Art. 25 ¶1: "属于人民防空工程的，应当注明‘人民防空工程’…并不得转让和抵押".
    flags.push({
      code: 'civil_air_defence_no_transfer_or_mortgage',
      text: {
        zh: '人民防空工程：证书注明“人民防空工程”及战时、平时用途、位置和面积；不得擅自改变用途，不得转让和抵押',
        en: 'Civil-air-defence work: the certificate notes it with wartime and peacetime use, position and area; its use may not be changed and it may not be transferred or mortgaged',
      },
      article: '东政办〔2023〕95号 第二十五条第一款',
    });
  }
  if (p.publicParking) {
    // Art. 26 ¶3: "用于社会公共服务的公共停车场（库）…不得进行分割登记和分割转让".
    flags.push({
      code: 'public_parking_no_split',
      text: { zh: '公共停车场（库）：不得分割登记和分割转让', en: 'Public car park: may not be split-registered or split-transferred' },
      article: '东政办〔2023〕95号 第二十六条第三款',
    });
  }
  return flags;
}
