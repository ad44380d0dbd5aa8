/**
 * The court a recourse goes to, from the client's type and the address of its seat, or an
 * honest question when Relance cannot tell (docs/french-law.md, « Which court »):
 * - the judge of the debtor's residence or seat, a mandatory rule (CPC 1406);
 * - commercial debts: tribunal de commerce, requête en injonction de payer (CPC 1405 to 1407) on
 *   Cerfa 12946; twelve of them are tribunaux des activités économiques from 1 January 2025,
 *   each covering the ressort of its tribunal judiciaire (arrêté du 5 juillet 2024, art. 2; the
 *   data and its sources: tae-ressorts.ts by department, tae-communes.ts by commune code where
 *   a department is split; the commune of the seat: commune-seat.ts);
 * - Alsace-Moselle (57, 67, 68) has no tribunal de commerce: the chambre commerciale of the
 *   tribunal judiciaire (Code de commerce L731-1);
 * - civil debtors and consumers: the tribunal judiciaire, Cerfa 12948;
 * - a public buyer's contract is administrative: the tribunal administratif, référé-provision
 *   (Code de justice administrative R541-1), no injonction de payer;
 * - a debtor outside France: no French injonction; in the EU (Denmark excepted, art. 2(3)) the
 *   European order for payment (Regulation (EC) No 1896/2006), otherwise the debtor's courts.
 * A *Tribunal* written in the Clients tab settles the court once for that client.
 */
import type { ClientType, Court } from '../model';
import type { Commune, Seat } from './commune-seat';
import { seatOf } from './commune-seat';
import { foreignCountryOf } from './foreign-seat';
import { COMMUNE_COURTS } from './tae-communes';
import {
  COURT_DIRECTORY,
  ECONOMIC_ACTIVITIES_COURTS,
  SPLIT_DEPARTMENTS,
  TAE_OF_DEPARTMENT,
} from './tae-ressorts';

const ALSACE_MOSELLE = new Set(['57', '67', '68']);
const INJONCTION =
  'Requête en injonction de payer (articles 1405 à 1407 du Code de procédure civile)';
const CHECK_SEAT =
  'Vérifiez que ce tribunal est bien celui du siège ou du domicile du débiteur (article 1406 du Code de procédure civile) avant de déposer la requête.';
const SETTLE = `Vérifiez dans ${COURT_DIRECTORY}, puis indiquez le tribunal dans la colonne Tribunal de l’onglet Clients : Relance le retiendra pour ce client.`;

type TaeKey = keyof typeof ECONOMIC_ACTIVITIES_COURTS;

function economicCourt(key: TaeKey): Court {
  const court = ECONOMIC_ACTIVITIES_COURTS[key];
  return {
    kind: 'economic-activities-court',
    name: court.name,
    cerfa: '12946',
    procedure: `${INJONCTION}, au président du ${court.name.charAt(0).toLowerCase()}${court.name.slice(1)} (arrêté du 5 juillet 2024 : son ressort est celui du tribunal judiciaire).`,
    check: CHECK_SEAT,
  };
}

function seatCourt(
  check: string,
  candidates: readonly string[],
  name = 'Tribunal de commerce',
): Court {
  return {
    kind: 'commercial-court',
    name,
    cerfa: '12946',
    procedure: `${INJONCTION}, au président du tribunal de commerce du siège du débiteur.`,
    check,
    ...(candidates.length > 0 ? { candidates: [...candidates] } : {}),
  };
}

const named = (c: Commune) => `${c.name ?? 'commune'} (code commune ${c.code})`;

/** A commune of a split department: its listed tribunal judiciaire, or the honest question. */
function splitDepartmentCourt(seat: Seat, split: (typeof SPLIT_DEPARTMENTS)[string]): Court {
  const taeName = ECONOMIC_ACTIVITIES_COURTS[split.tae].name;
  const listed = seat.commune === undefined ? undefined : COMMUNE_COURTS[seat.commune.code];
  if (listed?.[1] === 'tae') return economicCourt(split.tae);
  if (listed !== undefined && seat.commune !== undefined) {
    const where = `${named(seat.commune)} relève du tribunal judiciaire de ${listed[1]}, hors du ressort du ${taeName.charAt(0).toLowerCase()}${taeName.slice(1)} (Code de l’organisation judiciaire, tableau IV).`;
    const [only, ...more] = split.others;
    return only !== undefined && more.length === 0 && only.startsWith('Tribunal')
      ? seatCourt(`${where} ${CHECK_SEAT}`, [], only)
      : seatCourt(
          `${where} Tribunaux de commerce possibles : ${split.others.join(', ')}. ${SETTLE}`,
          split.others,
        );
  }
  const candidates = [taeName, ...split.others];
  const which =
    seat.commune !== undefined
      ? `La commune ${named(seat.commune)} n’est pas dans la table des ressorts de Relance`
      : seat.sharing !== undefined
        ? `Le code postal ${seat.postcode ?? ''} couvre plusieurs communes (${seat.sharing.map((c) => c.name ?? c.code).join(', ')}) et la ville de l’adresse n’en désigne aucune`
        : `La commune du code postal ${seat.postcode ?? ''} n’est pas dans la table des ressorts de Relance`;
  return seatCourt(
    `${which} ; ce département est partagé entre plusieurs tribunaux : ${candidates.join(', ')}. Indiquez le code commune (colonne Code commune) ou ${SETTLE.charAt(0).toLowerCase()}${SETTLE.slice(1)}`,
    candidates,
  );
}

function commercialCourt(seat: Seat): Court {
  const { department } = seat;
  if (department !== undefined && ALSACE_MOSELLE.has(department))
    return {
      kind: 'judicial-court-commercial-chamber',
      name: 'Tribunal judiciaire (chambre commerciale)',
      cerfa: '12948',
      procedure: `${INJONCTION}, au président du tribunal judiciaire du siège du débiteur, chambre commerciale (Alsace-Moselle : pas de tribunal de commerce).`,
      check: CHECK_SEAT,
    };
  const whole = department === undefined ? undefined : TAE_OF_DEPARTMENT[department];
  if (whole !== undefined) return economicCourt(whole);
  const split = department === undefined ? undefined : SPLIT_DEPARTMENTS[department];
  if (split !== undefined) return splitDepartmentCourt(seat, split);
  return seatCourt(`Relance ne connaît pas le tribunal de commerce de ce siège. ${SETTLE}`, []);
}

function foreignCourt(country: { name: string; eu: boolean }): Court {
  return country.eu
    ? {
        kind: 'abroad',
        name: 'Injonction de payer européenne',
        procedure: `Débiteur établi hors de France (${country.name}) : pas d’injonction de payer française. Procédure européenne d’injonction de payer (règlement (CE) n° 1896/2006), formulaire A, devant la juridiction compétente selon le règlement (UE) n° 1215/2012, en principe celle de l’État du débiteur.`,
        check:
          'Faites-vous conseiller (avocat, Centre européen des consommateurs pour un particulier) avant d’engager la procédure.',
      }
    : {
        kind: 'abroad',
        name: `Juridictions de l’État du débiteur (${country.name})`,
        procedure: `Débiteur établi hors de l’Union européenne (${country.name}) : pas d’injonction de payer française ni européenne. Le recouvrement relève des juridictions et du droit de l’État du débiteur.`,
        check: 'Faites-vous conseiller par un avocat ou un correspondant sur place.',
      };
}

function publicCourt(): Court {
  return {
    kind: 'administrative-court',
    name: 'Tribunal administratif',
    procedure:
      'Référé-provision (article R541-1 du Code de justice administrative) : un marché public est un contrat administratif, l’injonction de payer ne s’applique pas.',
    check:
      'Vérifiez d’abord les clauses du marché (réclamation préalable prévue par le CCAG) et le tribunal administratif du ressort de l’acheteur.',
  };
}

function civilCourt(): Court {
  return {
    kind: 'judicial-court',
    name: 'Tribunal judiciaire',
    cerfa: '12948',
    procedure: `${INJONCTION}, au tribunal judiciaire du domicile ou du siège du débiteur.`,
    check: CHECK_SEAT,
  };
}

/** The court and the form of a recourse against this client. */
export function courtFor(client: {
  clientType?: ClientType;
  address?: string;
  communeCode?: string;
  tribunal?: string;
}): Court {
  const address = client.address ?? '';
  const country = foreignCountryOf(address);
  const court =
    country !== undefined
      ? foreignCourt(country)
      : client.clientType === undefined
        ? unknownTypeCourt()
        : client.clientType === 'public-buyer'
          ? publicCourt()
          : client.clientType === 'trader'
            ? commercialCourt(seatOf(address, client.communeCode))
            : civilCourt();
  const chosen = (client.tribunal ?? '').trim();
  if (chosen === '' || court.kind === 'abroad' || client.clientType === undefined) return court;
  const { candidates: _settled, ...rest } = court;
  return { ...rest, name: chosen, check: 'Tribunal indiqué dans l’onglet Clients.' };
}

function unknownTypeCourt(): Court {
  return {
    kind: 'undetermined',
    name: 'Juridiction à déterminer',
    procedure:
      'Le type du client (commerçant, non commerçant, particulier, acheteur public) décide de la juridiction : indiquez-le d’abord.',
    check: SETTLE,
  };
}
