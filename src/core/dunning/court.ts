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
import { ECONOMIC_ACTIVITIES_COURTS, SPLIT_DEPARTMENTS, TAE_OF_DEPARTMENT } from './tae-ressorts';
import { COURT_NAMES } from './court-names';
import { COURT_WORDS } from '../words/courts';

const ALSACE_MOSELLE = new Set(['57', '67', '68']);
const INJONCTION = COURT_WORDS.injunction.fr;
const CHECK_SEAT = COURT_WORDS.checkSeat.fr;
const SETTLE = COURT_WORDS.settle.fr(COURT_WORDS.directory.fr);

type TaeKey = keyof typeof ECONOMIC_ACTIVITIES_COURTS;

function economicCourt(key: TaeKey): Court {
  const court = ECONOMIC_ACTIVITIES_COURTS[key];
  return {
    kind: 'economic-activities-court',
    name: court.name,
    cerfa: '12946',
    procedure: COURT_WORDS.economicCourt.fr(INJONCTION, court.name),
    check: CHECK_SEAT,
  };
}

function seatCourt(
  check: string,
  candidates: readonly string[],
  name: string = COURT_NAMES.commercial,
): Court {
  return {
    kind: 'commercial-court',
    name,
    cerfa: '12946',
    procedure: COURT_WORDS.commercialCourtOfSeat.fr(INJONCTION),
    check,
    ...(candidates.length > 0 ? { candidates: [...candidates] } : {}),
  };
}

const named = (c: Commune) => COURT_WORDS.commune.fr(c.name, c.code);

/** A commune of a split department: its listed tribunal judiciaire, or the honest question. */
function splitDepartmentCourt(seat: Seat, split: (typeof SPLIT_DEPARTMENTS)[string]): Court {
  const taeName = ECONOMIC_ACTIVITIES_COURTS[split.tae].name;
  const listed = seat.commune === undefined ? undefined : COMMUNE_COURTS[seat.commune.code];
  if (listed?.[1] === 'tae') return economicCourt(split.tae);
  if (listed !== undefined && seat.commune !== undefined) {
    const where = COURT_WORDS.outsideTae.fr(named(seat.commune), listed[1], taeName);
    const [only, ...more] = split.others;
    return only !== undefined && more.length === 0 && only.startsWith('Tribunal')
      ? seatCourt(`${where} ${CHECK_SEAT}`, [], only)
      : seatCourt(COURT_WORDS.possibleCourts.fr(where, split.others, SETTLE), split.others);
  }
  const candidates = [taeName, ...split.others];
  const which =
    seat.commune !== undefined
      ? COURT_WORDS.communeNotListed.fr(named(seat.commune))
      : seat.sharing !== undefined
        ? COURT_WORDS.postcodeShared.fr(
            seat.postcode ?? '',
            seat.sharing.map((c) => c.name ?? c.code),
          )
        : COURT_WORDS.postcodeNotListed.fr(seat.postcode ?? '');
  const settle = COURT_WORDS.orSettle.fr(COURT_WORDS.directory.fr);
  return seatCourt(COURT_WORDS.splitDepartment.fr(which, candidates, settle), candidates);
}

function commercialCourt(seat: Seat): Court {
  const { department } = seat;
  if (department !== undefined && ALSACE_MOSELLE.has(department))
    return {
      kind: 'judicial-court-commercial-chamber',
      name: COURT_NAMES.judicialCommercialChamber,
      cerfa: '12948',
      procedure: COURT_WORDS.alsaceMoselle.fr(INJONCTION),
      check: CHECK_SEAT,
    };
  const whole = department === undefined ? undefined : TAE_OF_DEPARTMENT[department];
  if (whole !== undefined) return economicCourt(whole);
  const split = department === undefined ? undefined : SPLIT_DEPARTMENTS[department];
  if (split !== undefined) return splitDepartmentCourt(seat, split);
  return seatCourt(COURT_WORDS.unknownCommercialCourt.fr(SETTLE), []);
}

function foreignCourt(country: { name: string; eu: boolean }): Court {
  return country.eu
    ? {
        kind: 'abroad',
        name: COURT_WORDS.europeanOrder.fr,
        procedure: COURT_WORDS.europeanProcedure.fr(country.name),
        check: COURT_WORDS.europeanCheck.fr,
      }
    : {
        kind: 'abroad',
        name: COURT_WORDS.foreignCourts.fr(country.name),
        procedure: COURT_WORDS.foreignProcedure.fr(country.name),
        check: COURT_WORDS.foreignCheck.fr,
      };
}

function publicCourt(): Court {
  return {
    kind: 'administrative-court',
    name: COURT_NAMES.administrative,
    procedure: COURT_WORDS.publicProcedure.fr,
    check: COURT_WORDS.publicCheck.fr,
  };
}

function civilCourt(): Court {
  return {
    kind: 'judicial-court',
    name: COURT_NAMES.judicial,
    cerfa: '12948',
    procedure: COURT_WORDS.civilProcedure.fr(INJONCTION),
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
  return { ...rest, name: chosen, check: COURT_WORDS.chosenCourt.fr };
}

function unknownTypeCourt(): Court {
  return {
    kind: 'undetermined',
    name: COURT_WORDS.undetermined.fr,
    procedure: COURT_WORDS.typeFirst.fr,
    check: SETTLE,
  };
}
