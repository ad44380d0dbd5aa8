/**
 * The communes of the departments shared between a tribunal des activités économiques and other
 * tribunaux, as data: which tribunal judiciaire each listed commune belongs to, and which communes
 * share each postcode of these communes.
 *
 * Sources, read on 2026-12-05:
 * - the ressorts: Code de l'organisation judiciaire, annexe Tableau IV (annex of D211-1), « Siège
 *   et ressort … des tribunaux judiciaires », in force (Légifrance text, as mirrored in the public
 *   repository francois76/legifrance, source/code_de_l'organisation_judiciaire). Tableau IV lists
 *   each tribunal judiciaire's ressort by cantons as they stood before 2015 (the canton map of
 *   2014-2015 changed no ressort: circulaire JUSB1507102C du 17 mars 2015), plus a few named
 *   communes (« et commune de Port-Jérôme-sur-Seine »);
 * - the commune codes and postcodes: INSEE Code officiel géographique 2026 with La Poste's base
 *   officielle des codes postaux, as shipped by the npm package @etalab/decoupage-administratif
 *   6.0.0 (published 2026-04-09).
 *
 * Method: a canton bears the name of its chef-lieu, so the chef-lieu commune of every canton
 * Tableau IV lists lies in that tribunal's ressort; each such commune that is still a commune
 * under the same name (not merged into a commune nouvelle) is listed here with its code, plus the
 * communes Tableau IV names. The other communes of these cantons are not listed: the Ministry of
 * Justice's commune-level table (data.gouv.fr, « Liste des juridictions compétentes pour les
 * communes de France », a CSV commune → tribunal judiciaire) is not reachable offline, and a
 * canton's other communes cannot be read from Tableau IV alone. An address whose commune is not
 * listed gets the honest question (court.ts): the candidates, the official directory, the
 * Tribunal and Code commune fields.
 *
 * Each commune: its code → [name, « tae » when its tribunal judiciaire is the TAE's, otherwise the
 * seat of its tribunal judiciaire]. Each postcode of these six departments (13, 22, 54, 69, 76,
 * 89): every commune sharing it, « code name » joined by « | », so that an address's postcode and
 * city name give its commune code, and a question names the communes a postcode covers.
 */

/** Commune code → [name, « tae » or the seat of its tribunal judiciaire]. */
export const COMMUNE_COURTS: Readonly<Record<string, readonly [name: string, court: string]>> = {
  // 13
  '13001': ['Aix-en-Provence', 'Aix-en-Provence'],
  '13002': ['Allauch', 'tae'],
  '13004': ['Arles', 'Tarascon'],
  '13005': ['Aubagne', 'tae'],
  '13014': ["Berre-l'Étang", 'Aix-en-Provence'],
  '13027': ['Châteaurenard', 'Tarascon'],
  '13028': ['La Ciotat', 'tae'],
  '13035': ['Eyguières', 'Tarascon'],
  '13041': ['Gardanne', 'Aix-en-Provence'],
  '13047': ['Istres', 'Aix-en-Provence'],
  '13050': ['Lambesc', 'Aix-en-Provence'],
  '13054': ['Marignane', 'Aix-en-Provence'],
  '13055': ['Marseille', 'tae'],
  '13056': ['Martigues', 'Aix-en-Provence'],
  '13067': ['Orgon', 'Tarascon'],
  '13069': ['Pélissanne', 'Aix-en-Provence'],
  '13071': ['Les Pennes-Mirabeau', 'Aix-en-Provence'],
  '13074': ['Peyrolles-en-Provence', 'Aix-en-Provence'],
  '13078': ['Port-Saint-Louis-du-Rhône', 'Tarascon'],
  '13086': ['Roquevaire', 'tae'],
  '13096': ['Saintes-Maries-de-la-Mer', 'Tarascon'],
  '13100': ['Saint-Rémy-de-Provence', 'Tarascon'],
  '13103': ['Salon-de-Provence', 'Aix-en-Provence'],
  '13108': ['Tarascon', 'Tarascon'],
  '13110': ['Trets', 'Aix-en-Provence'],
  '13117': ['Vitrolles', 'Aix-en-Provence'],
  // 22
  '22004': ['Bégard', 'tae'],
  '22005': ['Belle-Isle-en-Terre', 'tae'],
  '22013': ['Bourbriac', 'tae'],
  '22020': ['Broons', 'Saint-Malo'],
  '22025': ['Callac', 'tae'],
  '22032': ['Caulnes', 'Saint-Malo'],
  '22039': ['La Chèze', 'tae'],
  '22047': ['Corlay', 'tae'],
  '22050': ['Dinan', 'Saint-Malo'],
  '22056': ['Évran', 'Saint-Malo'],
  '22064': ['Gouarec', 'tae'],
  '22070': ['Guingamp', 'tae'],
  '22084': ['Jugon-les-Lacs', 'Saint-Malo'],
  '22106': ['Langueux', 'tae'],
  '22113': ['Lannion', 'tae'],
  '22121': ['Lanvollon', 'tae'],
  '22127': ['Lézardrieux', 'tae'],
  '22136': ['Loudéac', 'tae'],
  '22137': ['Maël-Carhaix', 'tae'],
  '22143': ['Matignon', 'Saint-Malo'],
  '22147': ['Merdrignac', 'tae'],
  '22153': ['Moncontour', 'tae'],
  '22162': ['Paimpol', 'tae'],
  '22168': ['Perros-Guirec', 'tae'],
  '22172': ['Plancoët', 'Saint-Malo'],
  '22180': ['Plélan-le-Petit', 'Saint-Malo'],
  '22186': ['Pléneuf-Val-André', 'tae'],
  '22187': ['Plérin', 'tae'],
  '22194': ['Plestin-les-Grèves', 'tae'],
  '22207': ['Plouaret', 'tae'],
  '22215': ['Ploufragan', 'tae'],
  '22222': ['Plouha', 'tae'],
  '22250': ['Pontrieux', 'tae'],
  '22262': ['Quintin', 'tae'],
  '22266': ['Rostrenen', 'tae'],
  '22278': ['Saint-Brieuc', 'tae'],
  '22321': ['Saint-Nicolas-du-Pélem', 'tae'],
  '22362': ['Tréguier', 'tae'],
  '22384': ['Uzel', 'tae'],
  // 54
  '54023': ['Arracourt', 'tae'],
  '54029': ['Audun-le-Roman', 'Val de Briey'],
  '54039': ['Baccarat', 'tae'],
  '54040': ['Badonviller', 'tae'],
  '54054': ['Bayon', 'tae'],
  '54077': ['Blâmont', 'tae'],
  '54099': ['Val de Briey', 'Val de Briey'],
  '54112': ['Chambley-Bussières', 'Val de Briey'],
  '54129': ['Cirey-sur-Vezouze', 'tae'],
  '54135': ['Colombey-les-Belles', 'tae'],
  '54136': ['Conflans-en-Jarnisy', 'Val de Briey'],
  '54157': ['Dieulouard', 'tae'],
  '54160': ['Domèvre-en-Haye', 'tae'],
  '54222': ['Gerbéviller', 'tae'],
  '54252': ['Haroué', 'tae'],
  '54261': ['Herserange', 'Val de Briey'],
  '54263': ['Homécourt', 'Val de Briey'],
  '54274': ['Jarville-la-Malgrange', 'tae'],
  '54304': ['Laxou', 'tae'],
  '54322': ['Longuyon', 'Val de Briey'],
  '54323': ['Longwy', 'Val de Briey'],
  '54329': ['Lunéville', 'tae'],
  '54339': ['Malzéville', 'tae'],
  '54382': ['Mont-Saint-Martin', 'Val de Briey'],
  '54395': ['Nancy', 'tae'],
  '54397': ['Neuves-Maisons', 'tae'],
  '54400': ['Nomeny', 'tae'],
  '54430': ['Pompey', 'tae'],
  '54431': ['Pont-à-Mousson', 'tae'],
  '54482': ['Saint-Max', 'tae'],
  '54483': ['Saint-Nicolas-de-Port', 'tae'],
  '54498': ['Seichamps', 'tae'],
  '54518': ['Thiaucourt-Regniéville', 'tae'],
  '54526': ['Tomblaine', 'tae'],
  '54528': ['Toul', 'tae'],
  '54547': ['Vandœuvre-lès-Nancy', 'tae'],
  '54563': ['Vézelise', 'tae'],
  '54580': ['Villerupt', 'Val de Briey'],
  // 69
  '69006': ['Amplepuis', 'Villefranche-sur-Saône'],
  '69009': ['Anse', 'Villefranche-sur-Saône'],
  '69010': ["L'Arbresle", 'tae'],
  '69018': ['Beaujeu', 'Villefranche-sur-Saône'],
  '69029': ['Bron', 'tae'],
  '69034': ['Caluire-et-Cuire', 'tae'],
  '69064': ['Condrieu', 'tae'],
  '69081': ['Écully', 'tae'],
  '69091': ['Givors', 'tae'],
  '69092': ['Gleizé', 'Villefranche-sur-Saône'],
  '69100': ['Irigny', 'tae'],
  '69107': ['Lamure-sur-Azergues', 'Villefranche-sur-Saône'],
  '69116': ['Limonest', 'tae'],
  '69123': ['Lyon', 'tae'],
  '69141': ['Mornant', 'tae'],
  '69143': ['Neuville-sur-Saône', 'tae'],
  '69199': ['Saint-Fons', 'tae'],
  '69202': ['Sainte-Foy-lès-Lyon', 'tae'],
  '69204': ['Saint-Genis-Laval', 'tae'],
  '69220': ['Saint-Laurent-de-Chamousset', 'tae'],
  '69238': ['Saint-Symphorien-sur-Coise', 'tae'],
  '69243': ['Tarare', 'Villefranche-sur-Saône'],
  '69244': ['Tassin-la-Demi-Lune', 'tae'],
  '69255': ['Vaugneray', 'tae'],
  '69256': ['Vaulx-en-Velin', 'tae'],
  '69259': ['Vénissieux', 'tae'],
  '69264': ['Villefranche-sur-Saône', 'Villefranche-sur-Saône'],
  '69266': ['Villeurbanne', 'tae'],
  '69275': ['Décines-Charpieu', 'tae'],
  '69282': ['Meyzieu', 'tae'],
  '69286': ['Rillieux-la-Pape', 'tae'],
  '69290': ['Saint-Priest', 'tae'],
  '69291': ["Saint-Symphorien-d'Ozon", 'tae'],
  // 76
  '76025': ['Argueil', 'Dieppe'],
  '76035': ['Aumale', 'Dieppe'],
  '76051': ['Bacqueville-en-Caux', 'Dieppe'],
  '76070': ['Bellencombre', 'Dieppe'],
  '76101': ['Blangy-sur-Bresle', 'Dieppe'],
  '76108': ['Bois-Guillaume', 'Rouen'],
  '76114': ['Bolbec', 'tae'],
  '76116': ['Boos', 'Rouen'],
  '76146': ['Buchy', 'Rouen'],
  '76159': ['Cany-Barville', 'Rouen'],
  '76165': ['Caudebec-lès-Elbeuf', 'Rouen'],
  '76179': ['Clères', 'Rouen'],
  '76196': ["Criquetot-l'Esneval", 'tae'],
  '76212': ['Darnétal', 'Rouen'],
  '76217': ['Dieppe', 'Dieppe'],
  '76219': ['Doudeville', 'Rouen'],
  '76222': ['Duclair', 'Rouen'],
  '76231': ['Elbeuf', 'Rouen'],
  '76235': ['Envermeu', 'Dieppe'],
  '76255': ['Eu', 'Dieppe'],
  '76259': ['Fécamp', 'tae'],
  '76272': ['Fontaine-le-Dun', 'Rouen'],
  '76276': ['Forges-les-Eaux', 'Dieppe'],
  '76302': ['Goderville', 'tae'],
  '76305': ["Gonfreville-l'Orcher", 'tae'],
  '76312': ['Gournay-en-Bray', 'Dieppe'],
  '76319': ['Grand-Couronne', 'Rouen'],
  '76322': ['Le Grand-Quevilly', 'Rouen'],
  '76351': ['Le Havre', 'tae'],
  '76384': ['Lillebonne', 'tae'],
  '76392': ['Londinières', 'Dieppe'],
  '76397': ['Longueville-sur-Scie', 'Dieppe'],
  '76410': ['Maromme', 'Rouen'],
  '76447': ['Montivilliers', 'tae'],
  '76451': ['Mont-Saint-Aignan', 'Rouen'],
  '76462': ['Neufchâtel-en-Bray', 'Dieppe'],
  '76474': ['Notre-Dame-de-Bondeville', 'Rouen'],
  '76476': ['Port-Jérôme-sur-Seine', 'tae'],
  '76482': ['Offranville', 'Dieppe'],
  '76490': ['Ourville-en-Caux', 'Rouen'],
  '76495': ['Pavilly', 'Rouen'],
  '76498': ['Le Petit-Quevilly', 'Rouen'],
  '76540': ['Rouen', 'Rouen'],
  '76575': ['Saint-Étienne-du-Rouvray', 'Rouen'],
  '76647': ['Saint-Romain-de-Colbosc', 'tae'],
  '76648': ['Saint-Saëns', 'Dieppe'],
  '76655': ['Saint-Valery-en-Caux', 'Rouen'],
  '76681': ['Sotteville-lès-Rouen', 'Rouen'],
  '76700': ['Tôtes', 'Dieppe'],
  '76719': ['Valmont', 'tae'],
  '76752': ['Yerville', 'Rouen'],
  '76758': ['Yvetot', 'Rouen'],
  // 89
  '89005': ['Ancy-le-Franc', 'tae'],
  '89024': ['Auxerre', 'tae'],
  '89025': ['Avallon', 'tae'],
  '89046': ['Bléneau', 'tae'],
  '89055': ['Brienon-sur-Armançon', 'Sens'],
  '89066': ['Cerisiers', 'Sens'],
  '89068': ['Chablis', 'tae'],
  '89100': ['Chéroy', 'Sens'],
  '89118': ['Coulanges-la-Vineuse', 'tae'],
  '89119': ['Coulanges-sur-Yonne', 'tae'],
  '89125': ['Courson-les-Carrières', 'tae'],
  '89131': ['Cruzy-le-Châtel', 'tae'],
  '89169': ['Flogny-la-Chapelle', 'tae'],
  '89204': ["L'Isle-sur-Serein", 'tae'],
  '89206': ['Joigny', 'Sens'],
  '89227': ['Ligny-le-Châtel', 'tae'],
  '89257': ['Migennes', 'Sens'],
  '89279': ['Noyers', 'tae'],
  '89309': ['Pont-sur-Yonne', 'Sens'],
  '89318': ['Quarré-les-Tombes', 'tae'],
  '89344': ['Saint-Fargeau', 'tae'],
  '89345': ['Saint-Florentin', 'tae'],
  '89348': ['Saint-Julien-du-Sault', 'Sens'],
  '89368': ['Saint-Sauveur-en-Puisaye', 'tae'],
  '89382': ['Seignelay', 'tae'],
  '89387': ['Sens', 'Sens'],
  '89391': ['Sergines', 'Sens'],
  '89418': ['Tonnerre', 'tae'],
  '89419': ['Toucy', 'tae'],
  '89441': ['Vermenton', 'tae'],
  '89446': ['Vézelay', 'tae'],
  '89461': ["Villeneuve-l'Archevêque", 'Sens'],
  '89464': ['Villeneuve-sur-Yonne', 'Sens'],
};

/** Postcode → every commune of the split departments sharing it, « code name » joined by « | ». */
export const POSTCODE_COMMUNES: Readonly<Record<string, string>> = {
  '13001': '13055 Marseille',
  '13002': '13055 Marseille',
  '13003': '13055 Marseille',
  '13004': '13055 Marseille',
  '13005': '13055 Marseille',
  '13006': '13055 Marseille',
  '13007': '13055 Marseille',
  '13008': '13055 Marseille',
  '13009': '13055 Marseille',
  '13010': '13055 Marseille',
  '13011': '13055 Marseille',
  '13012': '13055 Marseille',
  '13013': '13055 Marseille',
  '13014': '13055 Marseille',
  '13015': '13055 Marseille',
  '13016': '13055 Marseille',
  '13080': '13001 Aix-en-Provence',
  '13090': '13001 Aix-en-Provence',
  '13100':
    '13001 Aix-en-Provence|13012 Beaurecueil|13090 Saint-Antonin-sur-Bayon|13095 Saint-Marc-Jaumegarde|13109 Le Tholonet',
  '13103': '13057 Mas-Blanc-des-Alpilles|13094 Saint-Étienne-du-Grès',
  '13104': '13004 Arles',
  '13105': '13062 Mimet',
  '13109': '13107 Simiane-Collongue',
  '13110': '13077 Port-de-Bouc',
  '13111': '13118 Coudoux',
  '13112': '13031 La Destrousse',
  '13113': '13049 Lamanon',
  '13114': '13079 Puyloubier',
  '13115': '13099 Saint-Paul-lès-Durance',
  '13116': '13115 Vernègues',
  '13117': '13056 Martigues',
  '13118': '13047 Istres',
  '13119': '13101 Saint-Savournin',
  '13120': '13041 Gardanne',
  '13121': '13008 Aurons',
  '13122': '13114 Ventabren',
  '13123': '13004 Arles',
  '13124': '13073 Peypin',
  '13126': '13111 Vauvenargues',
  '13127': '13117 Vitrolles',
  '13129': '13004 Arles',
  '13130': "13014 Berre-l'Étang",
  '13140': '13063 Miramas',
  '13150': '13017 Boulbon|13061 Saint-Pierre-de-Mézoargues|13108 Tarascon',
  '13160': '13027 Châteaurenard',
  '13170': '13071 Les Pennes-Mirabeau',
  '13180': '13043 Gignac-la-Nerthe',
  '13190': '13002 Allauch',
  '13200': '13004 Arles',
  '13210': '13100 Saint-Rémy-de-Provence',
  '13220': '13026 Châteauneuf-les-Martigues',
  '13230': '13078 Port-Saint-Louis-du-Rhône',
  '13240': '13106 Septèmes-les-Vallons',
  '13250': '13029 Cornillon-Confoux|13092 Saint-Chamas',
  '13260': '13022 Cassis',
  '13270': '13039 Fos-sur-Mer',
  '13280': '13004 Arles',
  '13290': '13001 Aix-en-Provence',
  '13300': '13103 Salon-de-Provence',
  '13310': '13097 Saint-Martin-de-Crau',
  '13320': '13015 Bouc-Bel-Air',
  '13330': '13009 La Barben|13069 Pélissanne',
  '13340': '13081 Rognac',
  '13350': '13024 Charleval',
  '13360': '13086 Roquevaire',
  '13370': '13053 Mallemort',
  '13380': '13075 Plan-de-Cuques',
  '13390': '13007 Auriol',
  '13400': '13005 Aubagne',
  '13410': '13050 Lambesc',
  '13420': '13042 Gémenos',
  '13430': '13035 Eyguières',
  '13440': '13018 Cabannes',
  '13450': '13044 Grans',
  '13460': '13096 Saintes-Maries-de-la-Mer',
  '13470': '13119 Carnoux-en-Provence',
  '13480': '13019 Cabriès',
  '13490': '13048 Jouques',
  '13500': '13056 Martigues',
  '13510': '13032 Éguilles',
  '13520': '13011 Les Baux-de-Provence|13058 Maussane-les-Alpilles|13068 Paradou',
  '13530': '13110 Trets',
  '13540': '13001 Aix-en-Provence',
  '13550': '13066 Noves',
  '13560': '13105 Sénas',
  '13570': '13010 Barbentane',
  '13580': '13037 La Fare-les-Oliviers',
  '13590': '13060 Meyreuil',
  '13600': '13023 Ceyreste|13028 La Ciotat',
  '13610': '13080 Le Puy-Sainte-Réparade|13093 Saint-Estève-Janson',
  '13620': '13021 Carry-le-Rouet',
  '13630': '13036 Eyragues',
  '13640': "13084 La Roque-d'Anthéron",
  '13650': '13059 Meyrargues',
  '13660': '13067 Orgon',
  '13670': '13089 Saint-Andiol|13116 Verquières',
  '13680': '13051 Lançon-Provence',
  '13690': '13045 Graveson',
  '13700': '13054 Marignane',
  '13710': '13040 Fuveau',
  '13720': '13013 Belcodène|13016 La Bouilladisse',
  '13730': '13102 Saint-Victoret',
  '13740': '13088 Le Rove',
  '13750': "13076 Plan-d'Orgon",
  '13760': '13091 Saint-Cannat',
  '13770': '13113 Venelles',
  '13780': '13030 Cuges-les-Pins',
  '13790': '13025 Châteauneuf-le-Rouge|13072 Peynier|13087 Rousset',
  '13800': '13047 Istres',
  '13810': '13034 Eygalières',
  '13820': '13033 Ensuès-la-Redonne',
  '13821': '13070 La Penne-sur-Huveaune',
  '13830': '13085 Roquefort-la-Bédoule',
  '13840': '13082 Rognes',
  '13850': '13046 Gréasque',
  '13860': '13074 Peyrolles-en-Provence',
  '13870': '13083 Rognonas',
  '13880': '13112 Velaux',
  '13890': '13065 Mouriès',
  '13910': '13052 Maillane',
  '13920': '13098 Saint-Mitre-les-Remparts',
  '13930': '13006 Aureille',
  '13940': '13064 Mollégès',
  '13950': '13020 Cadolive',
  '13960': '13104 Sausset-les-Pins',
  '13980': '13003 Alleins',
  '13990': '13038 Fontvieille',
  '22000': '22278 Saint-Brieuc',
  '22100':
    '22003 Aucaleuc|22008 Bobital|22021 Brusvily|22026 Calorguen|22050 Dinan|22082 Le Hinglé|22118 Lanvallay|22259 Quévert|22280 Saint-Carné|22299 Saint-Hélen|22327 Saint-Samson-sur-Rance|22339 Taden|22364 Trélivan|22380 Trévron',
  '22110':
    '22061 Glomel|22087 Kergrist-Moëlou|22146 Mellionnec|22220 Plouguernével|22229 Plounévez-Quintin|22266 Rostrenen|22365 Trémargat',
  '22120': '22081 Hillion|22246 Pommeret|22258 Quessoy|22389 Yffiniac',
  '22130':
    "22014 Bourseul|22048 Corseul|22049 Créhen|22096 Landébia|22105 Languenan|22172 Plancoët|22205 Plorec-sur-Arguenon|22237 Val-d'Arguenon|22311 Saint-Lormel",
  '22140':
    "22004 Bégard|22006 Berhet|22018 Brélidy|22034 Cavan|22041 Coatascorn|22091 Kermoroc'h|22095 Landebaëron|22245 Pluzunet|22254 Prat|22310 Saint-Laurent|22340 Tonquédec",
  '22150':
    "22060 Gausson|22079 Hénon|22184 Plémy|22203 Plœuc-L'Hermitage|22219 Plouguenast-Langast|22281 Saint-Carreuc",
  '22160':
    "22023 Bulat-Pestivien|22024 Calanhel|22025 Callac|22031 Carnoët|22037 La Chapelle-Neuve|22052 Duault|22132 Lohuec|22138 Maël-Pestivien|22231 Plourac'h|22243 Plusquellec|22320 Saint-Nicodème|22328 Saint-Servais",
  '22170':
    '22011 Boqueho|22019 Bringolo|22116 Lanrodec|22182 Plélo|22188 Plerneuf|22206 Châtelaudren-Plouagat|22234 Plouvara|22304 Saint-Jean-Kerdaniel',
  '22190': '22187 Plérin',
  '22200':
    '22067 Grâces|22070 Guingamp|22150 Le Merzer|22156 Moustéru|22161 Pabu|22223 Plouisy|22248 Pommerit-le-Vicomte|22272 Saint-Agathon|22338 Squiffiec|22358 Trégonneau',
  '22210':
    "22039 La Chèze|22183 Plémet|22241 Plumieux|22255 La Prénessaye|22288 Saint-Étienne-du-Gué-de-l'Isle",
  '22220': '22152 Minihy-Tréguier|22221 Plouguiel|22347 Trédarzec|22362 Tréguier',
  '22230':
    '22062 Gomené|22083 Illifaut|22122 Laurenan|22133 Loscouët-sur-Meu|22147 Merdrignac|22148 Mérillac|22333 Saint-Vran|22371 Trémorel',
  '22240': '22012 La Bouillie|22179 Fréhel|22201 Plévenon|22242 Plurien',
  '22250':
    '22020 Broons|22053 Éréac|22114 Lanrelas|22240 Plumaugat|22267 Rouillac|22337 Sévignac|22348 Trédias|22369 Trémeur',
  '22260':
    '22204 Ploëzal|22212 Plouëc-du-Trieux|22250 Pontrieux|22256 Quemper-Guézennec|22269 Runan|22283 Saint-Clet',
  '22270': '22084 Jugon-les-Lacs|22145 Mégrit|22175 Plédéliac|22326 Saint-Rieul',
  '22290':
    "22057 Le Faouët|22063 Gommenec'h|22065 Goudelin|22108 Lanleff|22112 Lannebert|22121 Lanvollon|22177 Pléguien|22178 Pléhédel|22236 Pludual|22293 Saint-Gilles-les-Bois|22361 Tréguidel|22370 Tréméven|22375 Tressignaux|22378 Trévérec",
  '22300':
    "22030 Caouënnec-Lanvézéac|22110 Lanmérin|22113 Lannion|22211 Ploubezre|22224 Ploulec'h|22226 Ploumilliau|22265 Rospez|22319 Saint-Michel-en-Grève|22349 Trédrez-Locquémeau",
  '22310': '22194 Plestin-les-Grèves|22238 Plufur|22350 Tréduder|22366 Trémel',
  '22320':
    '22009 Le Bodéo|22047 Corlay|22073 La Harmoye|22074 Le Haut-Corlay|22244 Plussulien|22313 Saint-Martin-des-Prés|22316 Saint-Mayeux',
  '22330': '22046 Le Mené',
  '22340':
    '22128 Locarn|22137 Maël-Carhaix|22157 Le Moustoir|22163 Paule|22202 Plévin|22344 Trébrivan|22351 Treffrin|22373 Tréogan',
  '22350':
    "22032 Caulnes|22036 La Chapelle-Blanche|22069 Guenroc|22071 Guitté|22239 Plumaudan|22305 Saint-Jouan-de-l'Isle|22312 Saint-Maden|22391 Yvignac-la-Tour",
  '22360': '22106 Langueux',
  '22370': '22186 Pléneuf-Val-André',
  '22380': '22282 Saint-Cast-le-Guildo',
  '22390': '22013 Bourbriac|22072 Gurunhuel|22249 Pont-Melvez|22271 Saint-Adrien',
  '22400':
    '22002 Andel|22044 Coëtmieux|22077 Hénansal|22093 Lamballe-Armor|22098 Landéhen|22160 Noyal|22261 Quintenic|22273 Saint-Alban|22286 Saint-Denoual',
  '22410': '22117 Lantic|22232 Plourhan|22325 Saint-Quay-Portrieux|22377 Tréveneuc',
  '22420': '22119 Lanvellec|22207 Plouaret|22235 Plouzélambre|22359 Trégrom|22387 Le Vieux-Marché',
  '22430': '22054 Erquy',
  '22440': '22144 La Méaugon|22215 Ploufragan|22372 Trémuson',
  '22450':
    '22028 Camlez|22042 Coatréven|22090 Kermaria-Sulard|22101 Langoat|22141 Mantallot|22257 Quemperven|22264 La Roche-Jaudy|22381 Trézény|22383 Troguéry',
  '22460':
    '22001 Allineuc|22068 Grâce-Uzel|22149 Merléac|22260 Le Quillio|22300 Saint-Hervé|22330 Saint-Thélo|22384 Uzel',
  '22470': '22214 Plouézec',
  '22480':
    '22029 Canihuel|22088 Kerien|22092 Kerpert|22115 Lanrivain|22139 Magoar|22169 Peumerit-Quintin|22284 Saint-Connan|22294 Saint-Gilles-Pligeaux|22321 Saint-Nicolas-du-Pélem|22331 Sainte-Tréphine',
  '22490':
    '22103 Langrolay-sur-Rance|22190 Pleslin-Trigavou|22213 Plouër-sur-Rance|22368 Tréméreuc',
  '22500': '22086 Kerfot|22162 Paimpol',
  '22510':
    '22015 Bréhand|22153 Moncontour|22165 Penguily|22296 Saint-Glen|22332 Saint-Trimoël|22345 Trébry|22346 Trédaniel',
  '22520': '22055 Binic-Étables-sur-Mer',
  '22530': '22033 Caurel|22158 Guerlédan|22285 Saint-Connec|22295 Saint-Gilles-Vieux-Marché',
  '22540': '22135 Louargat|22164 Pédernec|22354 Tréglamus',
  '22550': '22076 Hénanbihen|22143 Matignon|22174 Pléboulle|22268 Ruca|22323 Saint-Pôtan',
  '22560': '22198 Pleumeur-Bodou|22343 Trébeurden',
  '22570':
    '22064 Gouarec|22107 Bon Repos sur Blavet|22124 Lescouët-Gouarec|22181 Plélauff|22334 Saint-Igeaux',
  '22580': '22109 Lanloup|22222 Plouha',
  '22590': '22251 Pordic|22356 Trégomeur',
  '22600':
    '22075 Hémonstoir|22136 Loudéac|22155 La Motte|22275 Saint-Barnabé|22279 Saint-Caradec|22314 Saint-Maudan|22376 Trévé',
  '22610': '22085 Kerbors|22111 Lanmodez|22195 Pleubian',
  '22620': '22210 Ploubazlanec',
  '22630':
    '22035 Les Champs-Géraux|22056 Évran|22263 Le Quiou|22274 Saint-André-des-Eaux|22306 Saint-Judoce|22308 Saint-Juvat|22352 Tréfumel',
  '22640': '22140 La Malhoure|22185 Plénée-Jugon|22193 Plestan|22341 Tramain',
  '22650': '22209 Beaussais-sur-Mer',
  '22660': '22363 Trélévern|22379 Trévou-Tréguignec',
  '22680': '22055 Binic-Étables-sur-Mer',
  '22690': '22197 Pleudihen-sur-Rance|22385 La Vicomté-sur-Rance',
  '22700': '22134 Louannec|22168 Perros-Guirec|22324 Saint-Quay-Perros',
  '22710': '22166 Penvénan',
  '22720': '22189 Plésidy|22289 Saint-Fiacre|22322 Saint-Péver|22335 Senven-Léhart',
  '22730': '22353 Trégastel',
  '22740': '22127 Lézardrieux|22196 Pleudaniel|22199 Pleumeur-Gautier',
  '22750': '22302 Saint-Jacut-de-la-Mer',
  '22770': '22094 Lancieux',
  '22780': '22131 Loguivy-Plougras|22217 Plougras|22227 Plounérin',
  '22800':
    '22045 Cohiniac|22059 Le Fœil|22099 Lanfains|22126 Le Leslay|22170 Plaine-Haute|22262 Quintin|22276 Saint-Bihy|22277 Saint-Brandan|22287 Saint-Donan|22291 Saint-Gildas|22386 Le Vieux-Bourg',
  '22810': '22005 Belle-Isle-en-Terre|22129 Loc-Envel|22216 Plougonver|22228 Plounévez-Moëdec',
  '22820': '22218 Plougrescant',
  '22830': '22208 Plouasne',
  '22860': '22233 Plourivo',
  '22870': '22016 Île-de-Bréhat',
  '22930': '22390 Yvias',
  '22940': '22171 Plaintel|22307 Saint-Julien',
  '22950': '22360 Trégueux',
  '22960': '22176 Plédran',
  '22970': '22040 Coadout|22225 Ploumagoar',
  '22980':
    '22097 La Landec|22104 Languédias|22180 Plélan-le-Petit|22315 Saint-Maudez|22317 Saint-Méloir-des-Bois|22318 Saint-Michel-de-Plélan|22342 Trébédan|22388 Vildé-Guingalan',
  '54000': '54395 Nancy',
  '54100': '54395 Nancy',
  '54110':
    '54020 Anthelupt|54104 Buissoncourt|54139 Courbesseaux|54145 Crévic|54159 Dombasle-sur-Meurthe|54195 Flainval|54219 Gellenoncourt|54250 Haraucourt|54269 Hudiviller|54311 Lenoncourt|54456 Réméréville|54462 Rosières-aux-Salines|54509 Sommerviller|54549 Varangéville',
  '54111': '54084 Mont-Bonvillers',
  '54112': '54010 Allamps|54226 Gibeaumeix|54538 Uruffe|54548 Vannes-le-Châtel',
  '54113':
    '54080 Blénod-lès-Toul|54105 Bulligny|54120 Charmes-la-Côte|54146 Crézilles|54242 Gye|54380 Mont-le-Vignoble|54392 Moutrot',
  '54114': '54276 Jeandelaincourt',
  '54115':
    '54003 Aboncourt|54052 Battigny|54068 Beuvezin|54164 Dommarie-Eulmont|54189 Favières|54190 Fécocourt|54218 Gélaucourt|54220 Gémonville|54237 Grimonviller|54291 Lalœuf|54438 Pulney|54494 Saulxerotte|54522 Thorey-Lyautey|54529 Tramont-Émy|54530 Tramont-Lassus|54531 Tramont-Saint-André|54545 Vandeléville',
  '54116': '54434 Praye|54513 Tantonville',
  '54118': '54393 Moyen',
  '54119': '54162 Domgermain',
  '54120':
    '54039 Baccarat|54065 Bertrichamps|54101 Brouville|54154 Deneuvre|54217 Gélacourt|54243 Hablainville|54287 Lachapelle|54365 Merviller|54422 Pettonville|54450 Reherrey|54519 Thiaville-sur-Meurthe|54555 Vaxainville',
  '54121': '54546 Vandières',
  '54122':
    '54038 Azerailles|54125 Chenevières|54199 Flin|54201 Fontenoy-la-Joûte|54229 Glonville|54550 Vathiménil',
  '54123': '54586 Viterne',
  '54129': '54331 Magnières',
  '54130': '54165 Dommartemont|54482 Saint-Max',
  '54134': '54109 Ceintrey|54591 Voinémont',
  '54135': '54367 Mexy',
  '54136': '54090 Bouxières-aux-Dames',
  '54140': '54274 Jarville-la-Malgrange',
  '54150':
    '54018 Anoux|54036 Avril|54048 Les Baroches|54099 Val de Briey|54198 Fléville-Lixières|54302 Lantéfontaine|54326 Lubey|54334 Mairy-Mainville|54402 Norroy-le-Sec|54413 Ozerailles',
  '54160': '54032 Autrey|54214 Frolois|54429 Pierreville|54437 Pulligny',
  '54170':
    "54008 Allain|54041 Bagneux|54046 Barisey-au-Plain|54047 Barisey-la-Côte|54135 Colombey-les-Belles|54143 Crépey|54158 Dolcourt|54223 Germiny|54379 Mont-l'Étroit|54405 Ochey|54496 Saulxures-lès-Vannes|54500 Selaincourt|54523 Thuilley-aux-Groseilles",
  '54180': '54257 Heillecourt|54265 Houdemont',
  '54190': '54096 Bréhain-la-Ville|54525 Tiercelet|54580 Villerupt',
  '54200':
    '54016 Andilly|54073 Bicqueley|54086 Boucq|54088 Bouvron|54102 Bruley|54122 Chaudeney-sur-Moselle|54128 Choloy-Ménillot|54167 Dommartin-lès-Toul|54174 Écrouves|54208 Francheville|54272 Jaillon|54288 Lagney|54327 Lucey|54360 Ménil-la-Tour|54414 Pagney-derrière-Barine|54426 Pierre-la-Treiche|54466 Royaumeix|54492 Sanzey|54528 Toul|54584 Villey-Saint-Étienne',
  '54210':
    '54037 Azelot|54108 Burthecourt-aux-Chênes|54141 Coyviller|54192 Ferrières|54330 Lupcourt|54345 Manoncourt-en-Vermois|54468 Saffais|54483 Saint-Nicolas-de-Port|54527 Tonnoy|54571 Ville-en-Vermois',
  '54220': '54339 Malzéville',
  '54230': '54111 Chaligny|54123 Chavigny|54352 Maron|54397 Neuves-Maisons',
  '54240': '54280 Jœuf',
  '54250': '54115 Champigneulles',
  '54260':
    '54011 Allondrelle-la-Malmaison|54118 Charency-Vezin|54134 Colmey|54178 Épiez-sur-Chiers|54212 Fresnois-la-Montagne|54236 Grand-Failly|54322 Longuyon|54412 Othe|54420 Petit-Failly|54476 Saint-Jean-lès-Longuyon|54514 Tellancourt|54576 Villers-le-Rond|54582 Villette|54590 Viviers-sur-Chiers',
  '54270': '54184 Essey-lès-Nancy',
  '54280':
    '54100 Brin-sur-Seille|54113 Champenoux|54180 Erbéviller-sur-Amezule|54296 Laneuvelotte|54358 Mazerulles|54374 Moncel-sur-Seille|54498 Seichamps|54510 Sornéville|54558 Velaine-sous-Amance',
  '54290':
    "54042 Bainville-aux-Miroirs|54054 Bayon|54085 Borville|54098 Brémoncourt|54130 Clayeures|54144 Crévéchamps|54170 Domptail-en-l'Air|54216 Froville|54238 Gripport|54245 Haigneville|54256 Haussonville|54324 Lorey|54325 Loromontzey|54344 Mangonville|54399 Neuviller-sur-Moselle|54465 Roville-devant-Bayon|54467 Rozelieures|54471 Saint-Boingt|54475 Saint-Germain|54479 Saint-Mard|54487 Saint-Rémy-aux-Bois|54559 Velle-sur-Moselle|54567 Villacourt|54585 Virecourt",
  '54300':
    '54074 Bienville-la-Petite|54083 Bonviller|54116 Chanteheux|54147 Crion|54148 Croismare|54206 Fraimbois|54260 Hériménil|54281 Jolivet|54292 Lamath|54329 Lunéville|54349 Manonviller|54350 Marainviller|54373 Moncel-lès-Lunéville|54449 Rehainviller|54507 Sionviller|54520 Thiébauménil|54588 Vitrimont|54595 Xermaménil',
  '54310': '54263 Homécourt',
  '54320': '54357 Maxéville',
  '54330':
    '54117 Chaouilley|54132 Clérey-sur-Brenon|54185 Étreval|54203 Forcelles-Saint-Gorgon|54235 Goviller|54247 Hammeville|54264 Houdelmont|54266 Houdreville|54354 Marthemont|54407 Ognéville|54409 Omelmont|54417 Parey-Saint-Césaire|54442 Quevilloncourt|54497 Saxon-Sion|54515 Thélod|54552 Vaudémont|54563 Vézelise|54587 Vitrey|54592 Vroncourt',
  '54340': '54430 Pompey',
  '54350': '54382 Mont-Saint-Martin',
  '54360':
    "54045 Barbonville|54076 Blainville-sur-l'Eau|54121 Charmois|54152 Damelevières|54175 Einvaux|54293 Landécourt|54359 Méhoncourt|54383 Mont-sur-Meurthe|54461 Romain|54565 Vigneulles",
  '54370':
    '54023 Arracourt|54026 Athienville|54050 Bathelémont|54053 Bauzemont|54071 Bezange-la-Grande|54106 Bures|54133 Coincourt|54155 Deuxville|54173 Drouville|54176 Einville-au-Jard|54177 Emberménil|54258 Hénaménil|54262 Hoéville|54285 Juvrecourt|54297 Laneuveville-aux-Bois|54335 Maixe|54388 Mouacourt|54418 Parroy|54445 Raville-sur-Sânon|54446 Réchicourt-la-Petite|54457 Remoncourt|54502 Serres|54541 Valhey|54551 Vaucourt|54600 Xousse|54601 Xures',
  '54380':
    '54031 Autreville-sur-Moselle|54072 Bezaumont|54157 Dieulouard|54225 Gézoncourt|54239 Griscourt|54294 Landremont|54355 Martincourt|54460 Rogéville|54490 Saizerais|54569 Ville-au-Val|54573 Villers-en-Haye',
  '54385':
    '54034 Avrainville|54160 Domèvre-en-Haye|54346 Manoncourt-en-Woëvre|54348 Manonville|54370 Minorville|54404 Noviant-aux-Prés|54463 Rosières-en-Haye|54532 Tremblecourt',
  '54390': '54215 Frouard',
  '54400': '54138 Cosnes-et-Romain|54323 Longwy',
  '54410': '54300 Laneuveville-devant-Nancy',
  '54420': '54110 Cerville|54495 Saulxures-lès-Nancy',
  '54425': '54439 Pulnoy',
  '54430': '54451 Réhon',
  '54440': '54261 Herserange',
  '54450':
    '54013 Amenoncourt|54014 Ancerviller|54030 Autrepierre|54035 Avricourt|54044 Barbas|54061 Bénaménil|54077 Blâmont|54078 Blémerey|54107 Buriville|54124 Chazelles-sur-Albe|54161 Domèvre-sur-Vezouze|54163 Domjevin|54210 Fréménil|54211 Frémonville|54230 Gogney|54233 Gondrexon|54246 Halloville|54251 Harbouey|54259 Herbéviller|54271 Igney|54308 Leintrey|54381 Montreux|54401 Nonhigny|54406 Ogéviller|54447 Réclonville|54452 Reillon|54458 Repaix|54480 Saint-Martin|54556 Vého|54562 Verdenal',
  '54460': '54007 Aingeray|54318 Liverdun',
  '54470':
    '54019 Ansauville|54057 Beaumont|54063 Bernécourt|54087 Bouillonville|54119 Charey|54153 Dampvitoux|54166 Dommartin-la-Chaussée|54182 Essey-et-Maizerais|54187 Euvezin|54193 Fey-en-Haye|54200 Flirey|54240 Grosrouvres|54244 Hagéville|54248 Hamonville|54275 Jaulny|54316 Limey-Remenauville|54317 Lironville|54340 Mamey|54343 Mandres-aux-Quatre-Tours|54416 Pannes|54453 Rembercourt-sur-Mad|54470 Saint-Baussant|54477 Saint-Julien-lès-Gorze|54499 Seicheprey|54518 Thiaucourt-Regniéville|54564 Viéville-en-Haye|54594 Xammes',
  '54480':
    '54064 Bertrambois|54129 Cirey-sur-Vezouze|54419 Parux|54421 Petitmont|54488 Saint-Sauveur|54512 Tanconville|54540 Val-et-Châtillon',
  '54490':
    '54033 Avillers|54169 Domprix|54284 Joudreville|54394 Murville|54425 Piennes|54436 Preutin-Higny|54598 Xivry-Circourt',
  '54500': '54547 Vandœuvre-lès-Nancy',
  '54510': '54025 Art-sur-Meurthe|54526 Tomblaine',
  '54520': '54304 Laxou',
  '54530': '54022 Arnaville|54415 Pagny-sur-Moselle|54435 Prény',
  '54540':
    '54017 Angomont|54040 Badonviller|54075 Bionville|54097 Bréménil|54191 Fenneviller|54368 Mignéville|54377 Montigny|54396 Neufmaisons|54398 Neuviller-lès-Badonviller|54423 Pexonne|54427 Pierre-Percée|54443 Raon-lès-Leau|54481 Saint-Maurice-aux-Forges|54484 Sainte-Pôle|54539 Vacqueville|54560 Veney',
  '54550':
    '54043 Bainville-sur-Madon|54336 Maizières|54432 Pont-Saint-Vincent|54505 Sexey-aux-Forges',
  '54560':
    '54015 Anderny|54029 Audun-le-Roman|54069 Beuvillers|54194 Fillières|54337 Malavillers|54363 Mercy-le-Haut|54491 Sancy|54504 Serrouville',
  '54570': '54205 Foug|54298 Laneuveville-derrière-Foug|54306 Lay-Saint-Remy|54534 Trondes',
  '54580': '54028 Auboué|54371 Moineville|54469 Saint-Ail',
  '54590': '54270 Hussigny-Godbrange',
  '54600': '54578 Villers-lès-Nancy',
  '54610':
    '54001 Abaucourt|54059 Belleau|54095 Bratte|54126 Chenicourt|54131 Clémery|54179 Éply|54313 Létricourt|54333 Mailly-sur-Seille|54400 Nomeny|54424 Phlin|54444 Raucourt|54464 Rouves|54508 Sivry|54517 Thézey-Saint-Martin',
  '54620':
    '54049 Baslieux|54056 Bazailles|54067 Beuveille|54081 Boismont|54172 Doncourt-lès-Longuyon|54282 Joppécourt|54428 Pierrepont|54489 Saint-Supplet|54568 Ville-au-Montois|54602 Han-devant-Pierrepont',
  '54630': '54196 Flavigny-sur-Moselle|54459 Richardménil',
  '54640': '54066 Bettainvillers|54536 Tucquegnieux',
  '54650': '54493 Saulnes',
  '54660': '54391 Moutiers',
  '54670': '54150 Custines|54338 Malleloy|54369 Millery',
  '54680': '54149 Crusnes|54181 Errouville',
  '54690': '54186 Eulmont|54305 Lay-Saint-Christophe',
  '54700':
    '54027 Atton|54079 Blénod-lès-Pont-à-Mousson|54091 Bouxières-sous-Froidmont|54114 Champey-sur-Moselle|54279 Jezainville|54312 Lesménils|54320 Loisy|54332 Maidières|54375 Montauville|54387 Morville-sur-Seille|54390 Mousson|54403 Norroy-lès-Pont-à-Mousson|54431 Pont-à-Mousson|54433 Port-sur-Seille|54474 Sainte-Geneviève|54566 Vilcey-sur-Trey|54579 Villers-sous-Prény|54589 Vittonville',
  '54710': '54197 Fléville-devant-Nancy|54328 Ludres',
  '54720': '54127 Chenières|54151 Cutry|54290 Laix|54314 Lexy',
  '54730': '54234 Gorcy|54485 Saint-Pancré|54572 Ville-Houdlémont',
  '54740':
    '54005 Affracourt|54062 Benney|54094 Bralleville|54142 Crantenoy|54221 Gerbécourt-et-Haplemont|54224 Germonville|54252 Haroué|54278 Jevoncourt|54299 Laneuveville-devant-Bayon|54307 Lebeuville|54309 Lemainville|54310 Leménil-Mitry|54411 Ormes-et-Ville|54486 Saint-Remimont|54553 Vaudeville|54554 Vaudigny|54597 Xirocourt',
  '54750': '54533 Trieux',
  '54760':
    '54021 Armaucourt|54024 Arraye-et-Han|54070 Bey-sur-Seille|54188 Faulx|54301 Lanfroicourt|54315 Leyr|54372 Moivrons|54376 Montenoy|54577 Villers-lès-Moivrons',
  '54770':
    '54006 Agincourt|54012 Amance|54089 Bouxières-aux-Chênes|54168 Dommartin-sous-Amance|54289 Laître-sous-Amance',
  '54780': '54227 Giraumont',
  '54790': '54099 Val de Briey',
  '54800':
    '54002 Abbéville-lès-Conflans|54004 Affléville|54009 Allamont|54058 Béchamps|54082 Boncourt|54093 Brainville|54103 Bruville|54136 Conflans-en-Jarnisy|54171 Doncourt-lès-Conflans|54213 Friauville|54231 Gondrecourt-Aix|54249 Hannonville-Suzémont|54253 Hatrize|54273 Jarny|54277 Jeandelize|54283 Jouaville|54286 Labry|54353 Mars-la-Tour|54389 Mouaville|54408 Olley|54440 Puxe|54441 Puxieux|54478 Saint-Marcel|54511 Sponville|54524 Thumeréville|54535 Tronville|54581 Ville-sur-Yron|54599 Xonville',
  '54810': '54321 Longlaville',
  '54820': '54351 Marbache',
  '54830':
    '54183 Essey-la-Côte|54209 Franconville|54222 Gerbéviller|54228 Giriviller|54255 Haudonville|54356 Mattexey|54386 Moriviller|54455 Remenoville|54501 Seranville|54543 Vallois|54561 Vennezey',
  '54840': '54202 Fontenoy-sur-Moselle|54232 Gondreville|54557 Bois-de-Haye|54583 Villey-le-Sec',
  '54850': '54364 Méréville|54366 Messein',
  '54860': '54254 Haucourt-Moulaine',
  '54870': '54137 Cons-la-Grandville|54378 Montigny-sur-Chiers|54537 Ugny|54574 Villers-la-Chèvre',
  '54880': '54521 Thil',
  '54890':
    '54055 Bayonville-sur-Mad|54112 Chambley-Bussières|54410 Onville|54544 Vandelainville|54570 Villecey-sur-Mad|54593 Waville',
  '54910': '54542 Valleroy',
  '54920': '54385 Morfontaine|54575 Villers-la-Montagne',
  '54930':
    '54092 Bouzanville|54140 Courcelles|54156 Diarville|54204 Forcelles-sous-Gugney|54207 Fraisnes-en-Saintois|54241 Gugney|54268 Housséville|54473 Saint-Firmin|54516 They-sous-Vaudemont',
  '54940': '54060 Belleville',
  '54950': '54303 Laronxe|54472 Saint-Clément',
  '54960': '54362 Mercy-le-Bas',
  '54970': '54295 Landres',
  '54980': '54051 Batilly',
  '54990': '54596 Xeuilley',
  '69001': '69123 Lyon',
  '69002': '69123 Lyon',
  '69003': '69123 Lyon',
  '69004': '69123 Lyon',
  '69005': '69123 Lyon',
  '69006': '69123 Lyon',
  '69007': '69123 Lyon',
  '69008': '69123 Lyon',
  '69009': '69123 Lyon',
  '69100': '69266 Villeurbanne',
  '69110': '69202 Sainte-Foy-lès-Lyon',
  '69115': '69058 Chiroubles',
  '69120': '69256 Vaulx-en-Velin',
  '69124': '69299 Colombier-Saugnieu',
  '69125': '69299 Colombier-Saugnieu',
  '69126': '69028 Brindas',
  '69130': '69081 Écully',
  '69140': '69286 Rillieux-la-Pape',
  '69150': '69275 Décines-Charpieu',
  '69160': '69244 Tassin-la-Demi-Lune',
  '69170':
    "69001 Affoux|69075 Dième|69102 Joux|69174 Les Sauvages|69181 Saint-Appolinaire|69188 Saint-Clément-sur-Valsonne|69225 Saint-Marcel-l'Éclairé|69243 Tarare|69254 Valsonne",
  '69190': '69199 Saint-Fons',
  '69200': '69259 Vénissieux',
  '69210':
    "69010 L'Arbresle|69032 Bully|69057 Chevinay|69083 Éveux|69086 Fleurieux-sur-l'Arbresle|69112 Lentilly|69171 Sain-Bel|69175 Savigny|69177 Sourcieux-les-Mines|69208 Saint-Germain-Nuelles|69231 Saint-Pierre-la-Palud",
  '69220':
    '69019 Belleville-en-Beaujolais|69036 Cercié|69045 Charentay|69065 Corcelles-en-Beaujolais|69077 Dracé|69108 Lancié|69218 Saint-Lager|69242 Taponas',
  '69230': '69204 Saint-Genis-Laval',
  '69240': '69240 Saint-Vincent-de-Reins|69248 Thizy-les-Bourgs',
  '69250':
    "69003 Albigny-sur-Saône|69071 Curis-au-Mont-d'Or|69085 Fleurieu-sur-Saône|69143 Neuville-sur-Saône|69153 Poleymieux-au-Mont-d'Or|69284 Montanay",
  '69260': '69044 Charbonnières-les-Bains',
  '69270':
    "69033 Cailloux-sur-Fontaines|69068 Couzon-au-Mont-d'Or|69087 Fontaines-Saint-Martin|69088 Fontaines-sur-Saône|69168 Rochetaillée-sur-Saône|69233 Saint-Romain-au-Mont-d'Or",
  '69280': "69127 Marcy-l'Étoile|69190 Sainte-Consorce",
  '69290':
    '69069 Craponne|69094 Grézieu-la-Varenne|69154 Pollionnay|69205 Saint-Genis-les-Ollières',
  '69300': '69034 Caluire-et-Cuire',
  '69310': '69149 Oullins-Pierre-Bénite',
  '69320': '69276 Feyzin',
  '69330': '69279 Jonage|69280 Jons|69282 Meyzieu|69285 Pusignan',
  '69340': '69089 Francheville',
  '69350': '69142 La Mulatière',
  '69360':
    "69272 Communay|69291 Saint-Symphorien-d'Ozon|69294 Sérézin-du-Rhône|69295 Simandres|69296 Solaize|69297 Ternay",
  '69370': "69194 Saint-Didier-au-Mont-d'Or",
  '69380':
    "69004 Alix|69020 Belmont-d'Azergues|69047 Charnay|69049 Chasselay|69050 Châtillon|69052 Chazay-d'Azergues|69055 Les Chères|69056 Chessy|69059 Civrieux-d'Azergues|69076 Dommartin|69117 Lissieu|69121 Lozanne|69125 Marcilly-d'Azergues|69212 Saint-Jean-des-Vignes",
  '69390': '69046 Charly|69133 Millery|69260 Vernaison|69268 Vourles',
  '69400':
    '69013 Arnas|69092 Gleizé|69114 Porte des Pierres Dorées|69115 Limas|69264 Villefranche-sur-Saône',
  '69410': "69040 Champagne-au-Mont-d'Or",
  '69420':
    '69007 Ampuis|69064 Condrieu|69097 Les Haies|69119 Longes|69252 Trèves|69253 Tupin-et-Semons',
  '69430':
    '69012 Les Ardillats|69018 Beaujeu|69054 Chénelette|69109 Lantignié|69124 Marchampt|69135 Deux-Grosnes|69162 Quincié-en-Beaujolais|69165 Régnié-Durette|69196 Saint-Didier-sur-Beaujeu|69261 Vernay',
  '69440':
    "69051 Chaussan|69141 Mornant|69166 Riverie|69180 Saint-André-la-Côte|69184 Sainte-Catherine|69219 Saint-Laurent-d'Agny|69228 Chabanière|69241 Taluyers",
  '69450': "69191 Saint-Cyr-au-Mont-d'Or",
  '69460':
    '69023 Blacé|69145 Odenas|69151 Le Perréon|69172 Salles-Arbuissonnas-en-Beaujolais|69197 Saint-Étienne-des-Oullières|69198 Saint-Étienne-la-Varenne|69257 Vaux-en-Beaujolais',
  '69470': '69066 Cours|69164 Ranchal',
  '69480':
    '69005 Ambérieux|69009 Anse|69106 Lachassagne|69122 Lucenay|69126 Marcy|69140 Morancé|69156 Pommiers',
  '69490':
    '69008 Ancy|69157 Vindry-sur-Turdine|69173 Sarcey|69200 Saint-Forgeux|69234 Saint-Romain-de-Popey',
  '69500': '69029 Bron',
  '69510': '69131 Messimy|69170 Rontalon|69176 Soucieu-en-Jarrest|69249 Thurins|69269 Yzeron',
  '69520': '69096 Grigny-sur-Rhône',
  '69530': '69027 Brignais|69148 Orliénas',
  '69540': '69100 Irigny',
  '69550':
    '69006 Amplepuis|69070 Cublize|69130 Meaux-la-Montagne|69169 Ronno|69214 Saint-Jean-la-Bussière',
  '69560': '69189 Sainte-Colombe|69193 Saint-Cyr-sur-le-Rhône|69235 Saint-Romain-en-Gal',
  '69570': '69072 Dardilly',
  '69580': '69292 Sathonay-Camp|69293 Sathonay-Village',
  '69590':
    '69042 La Chapelle-sur-Coise|69062 Coise|69110 Larajasse|69155 Pomeys|69238 Saint-Symphorien-sur-Coise',
  '69600': '69149 Oullins-Pierre-Bénite',
  '69610':
    "69014 Aveize|69095 Grézieu-le-Marché|69098 Les Halles|69099 Haute-Rivoire|69132 Meys|69138 Montromant|69178 Souzy|69201 Sainte-Foy-l'Argentière|69203 Saint-Genis-l'Argentière",
  '69620':
    "69017 Bagnols|69024 Val d'Oingt|69026 Le Breuil|69039 Chamelet|69090 Frontenas|69111 Légny|69113 Létra|69134 Moiré|69230 Sainte-Paule|69239 Saint-Vérand|69245 Ternand|69246 Theizé",
  '69630': '69043 Chaponost',
  '69640':
    '69061 Cogny|69074 Denicé|69105 Lacenas|69114 Porte des Pierres Dorées|69137 Montmelas-Saint-Sorlin|69167 Rivolet|69215 Saint-Julien|69265 Ville-sur-Jarnioux',
  '69650': "69163 Quincieux|69207 Saint-Germain-au-Mont-d'Or",
  '69660': "69063 Collonges-au-Mont-d'Or",
  '69670': '69255 Vaugneray',
  '69680': '69271 Chassieu',
  '69690':
    '69021 Bessenay|69022 Bibost|69030 Brullioles|69031 Brussieu|69067 Courzieu|69216 Saint-Julien-sur-Bibost',
  '69700':
    '69080 Échalas|69091 Givors|69118 Loire-sur-Rhône|69136 Montagny|69179 Beauvallon|69236 Saint-Romain-en-Gier',
  '69720': '69287 Saint-Bonnet-de-Mure|69288 Saint-Laurent-de-Mure',
  '69730': '69278 Genay',
  '69740': '69277 Genas',
  '69760': '69116 Limonest',
  '69770': '69038 Chambost-Longessaigne|69120 Longessaigne|69139 Montrottier|69263 Villechenève',
  '69780': '69283 Mions|69289 Saint-Pierre-de-Chandieu|69298 Toussieu',
  '69790':
    '69002 Aigueperse|69016 Azolette|69161 Propières|69182 Saint-Bonnet-des-Bruyères|69186 Saint-Clément-de-Vers|69209 Saint-Igny-de-Vers',
  '69800': '69290 Saint-Priest',
  '69820': '69084 Fleurie|69258 Vauxrenard',
  '69830': '69206 Saint-Georges-de-Reneins',
  '69840': '69035 Cenves|69053 Chénas|69082 Émeringes|69103 Juliénas|69104 Jullié',
  '69850': '69078 Duerne|69227 Saint-Martin-en-Haut',
  '69860': '69135 Deux-Grosnes',
  '69870':
    "69037 Chambost-Allières|69060 Claveisolles|69093 Grandris|69107 Lamure-sur-Azergues|69160 Poule-les-Écharmeaux|69183 Saint-Bonnet-le-Troncy|69192 Saint-Cyr-le-Chatoux|69217 Saint-Just-d'Avray|69229 Saint-Nizier-d'Azergues",
  '69890': '69250 La Tour-de-Salvagny',
  '69910': '69267 Villié-Morgon',
  '69930': '69187 Saint-Clément-les-Places|69220 Saint-Laurent-de-Chamousset',
  '69960': '69273 Corbas',
  '69970': '69270 Chaponnay|69281 Marennes',
  '76000': '76540 Rouen',
  '76100': '76540 Rouen',
  '76110':
    "76012 Angerville-Bailleul|76021 Annouville-Vilmesnil|76033 Auberville-la-Renault|76068 Bec-de-Mortagne|76076 Bénarville|76118 Bornambusc|76141 Bréauté|76143 Bretteville-du-Grand-Caux|76213 Daubeuf-Serville|76224 Écrainville|76302 Goderville|76304 Gonfreville-Caillot|76317 Grainville-Ymauville|76368 Houquetot|76408 Manneville-la-Goupil|76425 Mentheville|76603 Saint-Maclou-la-Brière|76650 Saint-Sauveur-d'Émalleville|76669 Sausseuzemare-en-Caux|76695 Tocqueville-les-Murs|76725 Vattetot-sous-Beaumont|76747 Virville",
  '76111': '76194 Criquebeuf-en-Caux|76726 Vattetot-sur-Mer|76754 Yport',
  '76113': '76350 Hautot-sur-Seine|76550 Sahurs|76634 Saint-Pierre-de-Manneville',
  '76116':
    '76046 Auzouville-sur-Ry|76100 Blainville-Crevon|76163 Catenay|76316 Grainville-sur-Ry|76412 Martainville-Épreville|76548 Ry|76554 Saint-Aignan-sur-Ry|76573 Saint-Denis-le-Thiboult|76673 Servaville-Salmonville',
  '76117': '76374 Incheville',
  '76119': '76605 Sainte-Marguerite-sur-Mer|76720 Varengeville-sur-Mer',
  '76120': '76322 Le Grand-Quevilly',
  '76130': '76451 Mont-Saint-Aignan',
  '76133':
    '76238 Épouville|76404 Manéglise|76477 Notre-Dame-du-Bec|76534 Rolleville|76615 Saint-Martin-du-Bec',
  '76140': '76498 Le Petit-Quevilly',
  '76150': '76410 Maromme|76594 Saint-Jean-du-Cardonnay|76728 La Vaupalière',
  '76160':
    "76106 Bois-d'Ennebourg|76111 Bois-l'Évêque|76212 Darnétal|76273 Fontaine-sous-Préaux|76509 Préaux|76536 Roncherolles-sur-le-Vivier|76560 Saint-Aubin-Épinay|76591 Saint-Jacques-sur-Darnétal|76599 Saint-Léger-du-Bourg-Denis|76617 Saint-Martin-du-Vivier|76740 La Vieux-Rue",
  '76170':
    '76281 La Frénaye|76318 Grand-Camp|76384 Lillebonne|76421 Mélamare|76476 Port-Jérôme-sur-Seine|76556 Saint-Antoine-la-Forêt|76592 Saint-Jean-de-Folleville|76627 Saint-Nicolas-de-la-Taille|76712 La Trinité-du-Mont',
  '76190':
    "76001 Allouville-Bellefosse|76041 Les Hauts-de-Caux|76043 Auzebosc|76055 Baons-le-Comte|76099 Blacqueville|76110 Bois-Himont|76160 Carville-la-Folletière|76203 Croix-Mare|76223 Écalles-Alix|76225 Écretteville-lès-Baons|76253 Étoutteville|76289 Saint Martin de l'If|76347 Hautot-le-Vatois|76348 Hautot-Saint-Sulpice|76559 Saint-Aubin-de-Crétot|76568 Saint-Clair-sur-les-Monts|76610 Sainte-Marie-des-Champs|76702 Touffreville-la-Corbeline|76718 Valliquerville|76758 Yvetot",
  '76200': '76217 Dieppe',
  '76210':
    "76082 Bernières|76090 Beuzeville-la-Grenier|76092 Beuzevillette|76114 Bolbec|76115 Bolleville|76329 Gruchet-le-Valasse|76382 Lanquetot|76388 Lintot|76439 Mirville|76468 Nointot|76494 Parc-d'Anxtot|76518 Raffetot|76543 Rouville|76576 Saint-Eustache-la-Forêt|76593 Saint-Jean-de-la-Neuville|76715 Trouville-Alliquerville",
  '76220':
    '76048 Avesnes-en-Bray|76067 Beauvoir-en-Lyons|76093 Bézancourt|76124 Bosc-Hyons|76142 Brémontier-Merval|76208 Cuy-Saint-Fiacre|76209 Dampierre-en-Bray|76218 Doudeauville|76229 Elbeuf-en-Bray|76242 Ernemont-la-Villette|76260 Ferrières-en-Bray|76263 La Feuillie|76297 Gancourt-Saint-Étienne|76312 Gournay-en-Bray|76423 Ménerval|76440 Molagnies|76450 Montroty|76463 Neuf-Marché',
  '76230': '76108 Bois-Guillaume|76377 Isneauville|76517 Quincampoix',
  '76240': '76069 Belbeuf|76103 Bonsecours|76429 Le Mesnil-Esnard',
  '76250': '76216 Déville-lès-Rouen',
  '76260':
    '76058 Baromesnil|76155 Canehan|76207 Cuverville-sur-Yères|76252 Étalondes|76255 Eu|76266 Flocques|76394 Longroy|76422 Melleville|76435 Le Mesnil-Réaume|76438 Millebosc|76442 Monchy-sur-Eu|76507 Ponts-et-Marais|76619 Saint-Martin-le-Gaillard|76638 Saint-Pierre-en-Val|76644 Saint-Rémy-Boscrocourt|76671 Sept-Meules|76745 Villy-sur-Yères',
  '76270':
    "76042 Auvilliers|76122 Callengeville|76130 Bouelles|76147 Bully|76244 Esclavelles|76262 Fesques|76265 Flamets-Frétils|76283 Fresles|76323 Graval|76399 Lucy|76415 Massy|76424 Ménonval|76427 Mesnières-en-Bray|76454 Mortemer|76459 Nesle-Hodeng|76462 Neufchâtel-en-Bray|76465 Neuville-Ferrières|76516 Quièvrecourt|76567 Sainte-Beuve-en-Rivière|76584 Saint-Germain-sur-Eaulne|76620 Saint-Martin-l'Hortier|76649 Saint-Saire|76724 Vatierville",
  '76280':
    "76014 Angerville-l'Orcher|76017 Anglesqueville-l'Esneval|76064 Beaurepaire|76196 Criquetot-l'Esneval|76206 Cuverville|76268 Fongueusemare|76307 Gonneville-la-Mallet|76357 Hermeville|76361 Heuqueville|76501 Pierrefiques|76508 La Poterie-Cap-d'Antifer|76595 Saint-Jouin-Bruneval|76609 Sainte-Marie-au-Bosc|76716 Turretot|76734 Vergetot|76741 Villainville",
  '76290':
    '76270 Fontaine-la-Mallet|76275 Fontenay|76409 Mannevillette|76447 Montivilliers|76616 Saint-Martin-du-Manoir',
  '76300': '76681 Sotteville-lès-Rouen',
  '76310': '76552 Sainte-Adresse',
  '76320': '76165 Caudebec-lès-Elbeuf|76640 Saint-Pierre-lès-Elbeuf',
  '76330':
    "76471 Norville|76476 Port-Jérôme-sur-Seine|76499 Petiville|76622 Saint-Maurice-d'Ételan",
  '76340':
    '76029 Aubermesnil-aux-Érables|76059 Bazinval|76101 Blangy-sur-Bresle|76154 Campneuseville|76211 Dancourt|76257 Fallencourt|76278 Foucarmont|76333 Guerville|76363 Hodeng-au-Bosc|76441 Monchaux-Soreng|76460 Nesle-Normandeuse|76500 Pierrecourt|76520 Réalcamp|76523 Rétonval|76528 Rieux|76598 Saint-Léger-aux-Bois|76612 Saint-Martin-au-Bosc|76645 Saint-Riquier-en-Rivière|76744 Villers-sous-Foucarmont',
  '76350': '76484 Oissel-sur-Seine',
  '76360': '76057 Barentin|76135 Bouville|76503 Pissy-Pôville|76743 Villers-Écalles',
  '76370':
    '76008 Ancourt|76217 Dieppe|76324 Grèges|76414 Martin-Église|76545 Rouxmesnil-Bouteilles|76618 Petit-Caux',
  '76380': '76157 Canteleu|76446 Montigny|76717 Val-de-la-Haye',
  '76390':
    '76028 Aubéguimont|76035 Aumale|76166 Le Caule-Sainte-Beuve|76186 Conteville|76199 Criquiers|76233 Ellecourt|76344 Haudricourt|76372 Illois|76381 Landes-Vieilles-et-Neuves|76411 Marques|76479 Nullemont|76527 Richemont|76537 Ronchois|76606 Morienne|76739 Vieux-Rouen-sur-Bresle',
  '76400':
    '76183 Colleville|76187 Contremoulins|76240 Épreville|76259 Fécamp|76291 Froberville|76298 Ganzeville|76406 Maniquerville|76587 Sainte-Hélène-Bondeville|76600 Saint-Léonard|76670 Senneville-sur-Fécamp|76706 Tourville-les-Ifs|76708 Toussaint',
  '76410':
    '76178 Cléon|76282 Freneuse|76561 Saint-Aubin-lès-Elbeuf|76682 Sotteville-sous-le-Val|76705 Tourville-la-Rivière',
  '76420': '76095 Bihorel',
  '76430':
    "76169 La Cerlangue|76239 Épretot|76250 Étainhus|76303 Gommerville|76314 Graimbouville|76489 Oudalle|76522 La Remuée|76551 Sainneville|76563 Saint-Aubin-Routot|76586 Saint-Gilles-de-la-Neuville|76647 Saint-Romain-de-Colbosc|76657 Saint-Vigor-d'Ymonville|76658 Saint-Vincent-Cramesnil|76660 Sandouville|76684 Tancarville|76714 Les Trois-Pierres",
  '76440':
    "76060 Beaubec-la-Rosière|76074 La Bellière|76185 Compainville|76261 La Ferté-Saint-Samson|76269 Fontaine-en-Bray|76276 Forges-les-Eaux|76332 Grumesnil|76343 Haucourt|76345 Haussez|76393 Longmesnil|76420 Mauquenchy|76432 Mesnil-Mauger|76505 Pommereux|76535 Roncherolles-en-Bray|76544 Rouvray-Catillon|76578 Sainte-Geneviève|76623 Saint-Michel-d'Halescourt|76666 Saumont-la-Poterie|76672 Serqueux|76678 Sommery|76691 Le Thil-Riberpré",
  '76450':
    "76032 Auberville-la-Manuel|76083 Bertheauville|76084 Bertreville|76091 Beuzeville-la-Guérard|76128 Bosville|76156 Canouville|76159 Cany-Barville|76176 Clasville|76180 Cleuville|76189 Crasville-la-Mallet|76315 Grainville-la-Teinturière|76339 Le Hanouard|76346 Hautot-l'Auvray|76403 Malleville-les-Grès|76480 Ocqueville|76488 Ouainville|76490 Ourville-en-Caux|76493 Paluel|76613 Saint-Martin-aux-Buneaux|76653 Saint-Vaast-Dieppedalle|76664 Sasseville|76692 Thiouville|76732 Butot-Vénesville|76736 Veulettes-sur-Mer|76748 Vittefleur",
  '76460':
    '76104 Blosseville|76151 Cailleville|76221 Drosay|76336 Gueutteville-les-Grès|76375 Ingouville|76407 Manneville-ès-Plains|76428 Le Mesnil-Durdent|76467 Néville|76504 Pleine-Sève|76569 Sainte-Colombe|76646 Saint-Riquier-ès-Plains|76651 Saint-Sylvain|76655 Saint-Valery-en-Caux',
  '76470': '76711 Le Tréport',
  '76480':
    '76020 Anneville-Ambourville|76056 Bardouville|76088 Berville-sur-Seine|76222 Duclair|76237 Épinay-sur-Duclair|76378 Jumièges|76436 Le Mesnil-sous-Jumièges|76541 Roumare|76608 Sainte-Marguerite-sur-Duclair|76631 Saint-Paër|76636 Saint-Pierre-de-Varengeville|76750 Yainville',
  '76490':
    '76022 Anquetierville|76164 Rives-en-Seine|76398 Louvetot|76418 Maulévrier-Sainte-Gertrude|76557 Saint-Arnoult|76585 Saint-Gilles-de-Crétot|76626 Saint-Nicolas-de-la-Haie',
  '76500': '76231 Elbeuf|76391 La Londe|76486 Orival',
  '76510':
    "76210 Dampierre-Saint-Nicolas|76288 Freulleville|76437 Meulers|76472 Notre-Dame-d'Aliermont|76526 Ricarville-du-Val|76562 Saint-Aubin-le-Cauf|76590 Saint-Jacques-d'Aliermont|76624 Saint-Nicolas-d'Aliermont|76652 Saint-Vaast-d'Équiqueville",
  '76520':
    "76039 Les Authieux-sur-le-Port-Saint-Ouen|76116 Boos|76285 Fresne-le-Plan|76313 Gouy|76434 Mesnil-Raoul|76448 Montmain|76464 La Neuville-Chant-d'Oisel|76475 Franqueville-Saint-Pierre|76514 Quévreville-la-Poterie|76558 Saint-Aubin-Celloville|76753 Ymare",
  '76530':
    '76131 La Bouille|76319 Grand-Couronne|76419 Mauny|76457 Moulineaux|76759 Yville-sur-Seine',
  '76540':
    '76011 Ancretteville-sur-Mer|76013 Angerville-la-Martel|76195 Criquetot-le-Mauconduit|76226 Écretteville-sur-Mer|76232 Életot|76299 Gerponville|76386 Limpiville|76529 Riville|76613 Saint-Martin-aux-Buneaux|76637 Saint-Pierre-en-Port|76663 Sassetot-le-Mauconduit|76680 Sorquainville|76685 Thérouldeville|76686 Theuville-aux-Maillots|76688 Thiergeville|76689 Thiétreville|76719 Valmont|76746 Vinnemerville|76755 Ypreville-Biville',
  '76550':
    '76004 Ambrumesnil|76030 Aubermesnil-Beaumais|76184 Colmesnil-Manneville|76349 Hautot-sur-Mer|76482 Offranville|76565 Saint-Aubin-sur-Scie|76667 Sauqueville|76707 Tourville-sur-Arques',
  '76560':
    '76006 Amfreville-les-Champs|76009 Ancourteville-sur-Héricourt|76023 Anvéville|76077 Bénesville|76087 Berville-en-Caux|76129 Boudeville|76144 Bretteville-Saint-Laurent|76158 Canville-les-Deux-Églises|76161 Carville-Pot-de-Fer|76219 Doudeville|76251 Étalleville|76293 Fultot|76309 Gonzeville|76340 Harcanville|76355 Héricourt-en-Caux|76483 Oherville|76510 Prétot-Vicquemare|76524 Reuville|76530 Robertot|76542 Routes|76597 Saint-Laurent-en-Caux|76679 Sommesnil|76699 Le Torp-Mesnil|76730 Veauville-lès-Quelles|76757 Yvecrique',
  '76570':
    '76174 Cideville|76234 Émanville|76287 Fresquiennes|76311 Goupillières|76370 Hugleville-en-Caux|76385 Limésy|76433 Mesnil-Panneville|76495 Pavilly|76566 Sainte-Austreberthe',
  '76580': '76709 Le Trait',
  '76590':
    "76019 Anneville-sur-Scie|76075 Belmesnil|76085 Bertreville-Saint-Ouen|76112 Le Bois-Robert|76162 Le Catelier|76168 Les Cent-Acres|76170 La Chapelle-du-Bourgay|76173 La Chaussée|76197 Criquetot-sur-Longueville|76205 Crosville-sur-Scie|76214 Dénestanville|76308 Gonneville-sur-Scie|76389 Lintot-les-Bois|76397 Longueville-sur-Scie|76405 Manéhouville|76458 Muchedent|76478 Notre-Dame-du-Parc|76570 Saint-Crespin|76577 Sainte-Foy|76582 Saint-Germain-d'Étables|76589 Saint-Honoré|76697 Torcy-le-Grand|76698 Torcy-le-Petit",
  '76600': '76351 Le Havre',
  '76610': '76351 Le Havre',
  '76620': '76351 Le Havre',
  '76630':
    '76049 Avesnes-en-Val|76054 Bailly-en-Rivière|76071 Bellengreville|76220 Douvrend|76235 Envermeu|76371 Les Ifs|76618 Petit-Caux|76630 Saint-Ouen-sous-Bailly|76665 Sauchay',
  '76640':
    '76002 Alvimare|76181 Cléville|76182 Cliponville|76236 Envronville|76258 Terres-de-Caux|76279 Foucart|76342 Hattenville|76470 Normanville|76531 Rocquefort|76710 Trémauville|76751 Yébleron',
  '76650': '76497 Petit-Couronne',
  '76660':
    "76052 Bailleul-Neuville|76053 Baillolet|76148 Bures-en-Bray|76175 Clais|76202 Croixdalle|76280 Fréauville|76286 Fresnoy-Folny|76320 Grandcourt|76392 Londinières|76430 Mesnil-Follemprise|76487 Osmoy-Saint-Valery|76511 Preuseville|76512 Puisenval|76553 Sainte-Agathe-d'Aliermont|76635 Saint-Pierre-des-Jonquières|76677 Smermesnil|76749 Wanchy-Capval",
  '76680':
    '76024 Ardouval|76070 Bellencombre|76119 Bosc-Bérenger|76126 Bosc-Mesnil|76139 Bradiancourt|76200 Critot|76416 Mathonville|76417 Maucomble|76445 Montérolier|76461 Neufbosc|76506 Pommeréval|76532 Rocquemont|76538 Rosay|76588 Saint-Hellier|76621 Saint-Martin-Osmonville|76648 Saint-Saëns|76733 Ventes-Saint-Rémy',
  '76690':
    '76038 Authieux-Ratiéville|76105 Le Bocasse|76152 Cailly|76177 Claville-Motteville|76179 Clères|76247 Esteville|76271 Fontaine-le-Bourg|76290 Frichemesnil|76331 Grugny|76369 La Houssaye-Béranger|76443 Mont-Cauvaire|76547 La Rue-Saint-Pierre|76555 Saint-André-sur-Cailly|76580 Saint-Georges-sur-Fontaine|76583 Saint-Germain-sous-Cailly|76675 Sierville|76756 Yquebeuf',
  '76700':
    "76296 Gainneville|76305 Gonfreville-l'Orcher|76341 Harfleur|76533 Rogerville|76596 Saint-Laurent-de-Brèvedent",
  '76710': '76007 Anceaumeville|76123 Bosc-Guérard-Saint-Adrien|76245 Eslettes|76452 Montville',
  '76720': '76034 Val-de-Scie|76204 Cropus|76360 Heugleville-sur-Scie',
  '76730':
    '76036 Auppegard|76047 Auzouville-sur-Saâne|76050 Avremesnil|76051 Bacqueville-en-Caux|76097 Biville-la-Rivière|76136 Brachy|76306 Gonnetot|76334 Gueures|76356 Hermanville|76379 Lamberville|76380 Lammerville|76383 Lestanville|76485 Omonville|76519 Rainfreville|76546 Royville|76549 Saâne-Saint-Just|76604 Saint-Mards|76629 Saint-Ouen-le-Mauger|76662 Sassetot-le-Malgardé|76690 Thil-Manneville|76694 Tocqueville-en-Caux|76731 Vénestanville',
  '76740':
    '76015 Angiens|76016 Anglesqueville-la-Bras-Long|76040 Autigny|76133 Le Bourg-Dun|76134 Bourville|76140 Brametot|76172 La Chapelle-sur-Dun|76190 Crasville-la-Rocquefort|76241 Ermenouville|76272 Fontaine-le-Dun|76294 La Gaillarde|76353 Héberville|76365 Houdetot|76564 Saint-Aubin-sur-Mer|76641 Saint-Pierre-le-Vieux|76642 Saint-Pierre-le-Viger|76683 Sotteville-sur-Mer',
  '76750':
    '76094 Bierville|76107 Bois-Guilbert|76109 Bois-Héroult|76113 Boissay|76120 Bosc-Bordel|76121 Bosc-Édeline|76146 Buchy|76243 Ernemont-sur-Buchy|76359 Héronchelles|76396 Longuerue|76453 Morgny-la-Pommeraye|76502 Pierreval|76521 Rebets|76571 Sainte-Croix-sur-Buchy|76581 Saint-Germain-des-Essourts|76738 Vieux-Manoir',
  '76760':
    "76010 Ancretiéville-Saint-Victor|76045 Auzouville-l'Esneval|76132 Bourdainville|76198 Criquetot-sur-Ouville|76227 Ectot-l'Auber|76387 Lindebeuf|76491 Ouville-l'Abbaye|76611 Saint-Martin-aux-Arbres|76668 Saussay|76737 Vibeuf|76752 Yerville",
  '76770': '76366 Le Houlme|76367 Houppeville|76402 Malaunay',
  '76780':
    '76025 Argueil|76171 La Chapelle-Saint-Ouen|76201 Croisy-sur-Andelle|76230 Elbeuf-sur-Andelle|76292 Fry|76338 La Hallotière|76352 La Haye|76364 Hodeng-Hodenger|76426 Mésangueville|76431 Le Mesnil-Lieubray|76455 Morville-le-Héron|76469 Nolléval|76601 Saint-Lucien|76676 Sigy-en-Bray',
  '76790':
    '76079 Bénouville|76117 Bordeaux-Saint-Clair|76254 Étretat|76300 Gerville|76390 Les Loges|76693 Le Tilleul',
  '76800': '76575 Saint-Étienne-du-Rouvray',
  '76810': '76327 Greuville|76330 Gruchet-Saint-Siméon|76400 Luneray',
  '76840': '76354 Hénouville|76513 Quevillon|76614 Saint-Martin-de-Boscherville',
  '76850':
    '76034 Val-de-Scie|76062 Beaumont-le-Hareng|76125 Bosc-le-Hard|76138 Bracquetuit|76188 Cottévrard|76193 La Crique|76249 Étaimpuis|76284 Fresnay-le-Long|76328 Grigneuseville|76449 Montreuil-en-Caux',
  '76860':
    "76395 Longueil|76492 Ouville-la-Rivière|76515 Quiberville-sur-Mer|76572 Saint-Denis-d'Aclon",
  '76870': '76065 Beaussault|76295 Gaillefontaine',
  '76880': '76026 Arques-la-Bataille|76413 Martigny',
  '76890':
    "76018 Val-de-Saâne|76063 Beauval-en-Caux|76066 Beautot|76072 Belleville-en-Caux|76086 Bertrimont|76096 Biville-la-Baignarde|76149 Butot|76153 Calleville-les-Deux-Églises|76274 La Fontelaye|76335 Gueutteville|76373 Imbleville|76574 Saint-Denis-sur-Scie|76602 Saint-Maclou-de-Folleville|76628 Saint-Ouen-du-Breuil|76632 Saint-Pierre-Bénouville|76654 Saint-Vaast-du-Val|76656 Saint-Victor-l'Abbaye|76700 Tôtes|76721 Varneville-Bretteville|76723 Vassonville",
  '76910': '76192 Criel-sur-Mer|76618 Petit-Caux|76703 Touffreville-sur-Eu',
  '76920': '76005 Amfreville-la-Mi-Voie',
  '76930': '76167 Cauville-sur-Mer|76481 Octeville-sur-Mer',
  '76940':
    '76362 Heurteauville|76401 Arelaune-en-Seine|76473 Notre-Dame-de-Bliquetuit|76727 Vatteville-la-Rue',
  '76950': '76321 Les Grandes-Ventes',
  '76960': '76474 Notre-Dame-de-Bondeville',
  '76970': '76228 Ectot-lès-Baons|76264 Flamanville|76325 Grémonville|76456 Motteville',
  '76980': '76735 Veules-les-Roses',
  '89000': '89024 Auxerre|89295 Perrigny|89346 Saint-Georges-sur-Baulche',
  '89100':
    '89113 Collemiers|89127 Courtois-sur-Yonne|89172 Fontaine-la-Gaillarde|89195 Gron|89236 Maillot|89239 Malay-le-Grand|89240 Malay-le-Petit|89274 Nailly|89287 Paron|89326 Rosoy|89338 Saint-Clément|89342 Saint-Denis-lès-Sens|89354 Saint-Martin-du-Tertre|89373 Saligny|89387 Sens|89399 Soucy|89404 Subligny|89466 Villeroy',
  '89110':
    "89003 Montholon|89088 Chassy|89163 La Ferté-Loupière|89196 Valravillon|89251 Merry-la-Vallée|89281 Les Ormes|89304 Poilly-sur-Tholon|89334 Le Val d'Ocre|89360 Saint-Maurice-le-Vieil|89361 Saint-Maurice-Thizouaille|89397 Sommecaise",
  '89113': '89053 Branches|89083 Charbuy|89167 Fleury-la-Vallée|89196 Valravillon',
  '89116': '89063 La Celle-Saint-Cyr|89133 Cudot|89313 Précy-sur-Vrin|89388 Sépeaux-Saint Romain',
  '89120': '89086 Charny Orée de Puisaye',
  '89130':
    '89147 Dracy|89173 Fontaines|89217 Lalande|89221 Leugny|89254 Mézilles|89272 Moulins-sur-Ouanne|89419 Toucy|89472 Villiers-Saint-Benoît',
  '89140':
    '89115 Compigny|89124 Courlon-sur-Yonne|89136 Cuy|89162 Évry|89189 Gisy-les-Nobles|89229 Lixy|89255 Michery|89285 Pailly|89302 Plessis-Saint-Jean|89309 Pont-sur-Yonne|89369 Saint-Sérotin|89390 Serbonnes|89391 Sergines|89456 Villemanoche|89458 Villenavotte|89465 Villeperrot|89467 Villethierry|89480 Vinneuf',
  '89144': '89227 Ligny-le-Châtel|89250 Méré|89430 Varennes',
  '89150':
    '89036 La Belliole|89054 Brannay|89126 Courtoin|89143 Dollot|89144 Domats|89180 Fouchères|89209 Jouy|89264 Montacher-Villegardin|89370 Saint-Valérien|89380 Savigny-sur-Clairis|89428 Vallery|89442 Vernoy|89450 Villebougis|89459 Villeneuve-la-Dondagre',
  '89160':
    '89005 Ancy-le-Franc|89006 Ancy-le-Libre|89016 Argentenay|89017 Argenteuil-sur-Armançon|89087 Chassignelles|89184 Fulvy|89187 Gigny|89210 Jully|89223 Lézinnes|89284 Pacy-sur-Armançon|89374 Sambourg|89385 Sennevoy-le-Bas|89386 Sennevoy-le-Haut|89403 Stigny|89470 Villiers-les-Hauts|89481 Vireaux',
  '89170': '89220 Lavau|89325 Ronchères|89344 Saint-Fargeau|89352 Saint-Martin-des-Champs',
  '89190':
    "89027 Bagneaux|89111 Les Clérimois|89122 Courgenay|89165 Flacy|89171 Foissy-sur-Vanne|89214 Lailly|89261 Molinons|89308 Pont-sur-Vanne|89359 Saint-Maurice-aux-Riches-Hommes|89395 Les Sièges|89411 Les Vallées de la Vanne|89461 Villeneuve-l'Archevêque",
  '89200':
    '89009 Annay-la-Côte|89011 Annéot|89025 Avallon|89044 Blannay|89146 Domecy-sur-le-Vault|89159 Étaule|89188 Girolles|89190 Givry|89203 Island|89232 Lucy-le-Bois|89235 Magny|89306 Pontaubert|89316 Provency|89378 Sauvigny-le-Bois|89392 Sermizelles|89410 Tharot|89415 Thory|89433 Vault-de-Lugny',
  '89210':
    '89035 Bellechaume|89055 Brienon-sur-Armançon|89076 Champlost|89156 Esnon|89249 Mercy|89288 Paroy-en-Othe|89436 Venizy',
  '89220': '89046 Bléneau|89072 Champcevrais|89324 Rogny-les-Sept-Écluses|89365 Saint-Privé',
  '89230':
    '89045 Bleigny-le-Carreau|89265 Montigny-la-Resle|89307 Pontigny|89328 Rouvray|89437 Venouse|89463 Villeneuve-Saint-Salves',
  '89240':
    '89033 Beauvoir|89102 Chevannes|89139 Diges|89150 Égleny|89154 Escamps|89228 Lindry|89286 Parly|89311 Pourrain|89453 Villefargeau',
  '89250':
    '89031 Beaumont|89096 Chemilly-sur-Yonne|89198 Gurgy|89200 Hauterive|89268 Mont-Saint-Sulpice|89382 Seignelay',
  '89260':
    '89080 La Chapelle-sur-Oreuse|89310 La Postolle|89414 Thorigny-sur-Oreuse|89469 Perceneige|89483 Voisines',
  '89270':
    '89015 Arcy-sur-Cure|89040 Bessy-sur-Cure|89233 Lucy-sur-Cure|89237 Mailly-la-Ville|89362 Saint-Moré|89394 Sery|89441 Vermenton|89485 Voutenay-sur-Cure',
  '89290':
    '89023 Augy|89024 Auxerre|89077 Champs-sur-Yonne|89155 Escolives-Sainte-Camille|89202 Irancy|89212 Jussy|89319 Quenne|89438 Venoy|89478 Vincelles|89479 Vincelottes',
  '89300':
    '89075 Champlay|89079 Chamvres|89206 Joigny|89230 Looze|89289 Paroy-sur-Tholon|89335 Saint-Aubin-sur-Yonne|89452 Villecien',
  '89310':
    '89010 Annay-sur-Serein|89064 Censy|89092 Châtel-Gérard|89161 Étivey|89183 Fresnes|89194 Grimault|89207 Jouancy|89259 Môlay|89271 Moulins-en-Tonnerrois|89277 Nitry|89279 Noyers|89290 Pasilly|89303 Poilly-sur-Serein|89371 Sainte-Vertu|89376 Sarry',
  '89320':
    '89014 Arces-Dilo|89065 Cérilly|89066 Cerisiers|89120 Coulours|89181 Fournaudin|89278 Noé|89411 Les Vallées de la Vanne|89432 Vaudeurs|89434 Vaumort|89451 Villechétive|89471 Villiers-Louis',
  '89330':
    "89298 Piffonds|89348 Saint-Julien-du-Sault|89350 Saint-Loup-d'Ordon|89353 Saint-Martin-d'Ordon|89440 Verlin|89468 Villevallier",
  '89340':
    '89074 Champigny|89093 Chaumont|89332 Saint-Agnan|89449 Villeblevin|89460 Villeneuve-la-Guyard',
  '89350': '89073 Champignelles|89408 Tannerre-en-Puisaye|89462 Villeneuve-les-Genêts',
  '89360':
    '89038 Bernouil|89061 Butteaux|89062 Carisey|89149 Dyé|89169 Flogny-la-Chapelle|89205 Jaulges|89292 Percey|89474 Villiers-Vineux',
  '89380': '89013 Appoigny',
  '89390':
    '89004 Aisy-sur-Armançon|89132 Cry|89280 Nuits|89296 Perrigny-sur-Armançon|89321 Ravières',
  '89400':
    '89029 Bassou|89050 Bonnard|89056 Brion|89059 Bussy-en-Othe|89085 Charmoy|89099 Cheny|89105 Chichery|89152 Épineau-les-Voves|89218 Laroche-Saint-Cydroine|89257 Migennes|89282 Ormoy',
  '89410': '89037 Béon|89067 Cézy',
  '89420':
    '89042 Bierry-les-Belles-Fontaines|89134 Cussy-les-Forges|89197 Guillon-Terre-Plaine|89244 Marmeaux|89267 Montréal|89300 Pisy|89333 Saint-André-en-Terre-Plaine|89351 Sainte-Magnance|89375 Santigny|89377 Sauvigny-le-Beuréal|89379 Savigny-en-Terre-Plaine|89406 Talcy|89412 Thizy|89431 Vassy-sous-Pisy',
  '89430': '89028 Baon|89247 Mélisey|89329 Rugny|89407 Tanlay|89413 Thorey|89422 Trichey',
  '89440':
    "89008 Angely|89012 Annoux|89022 Athie|89043 Blacy|89128 Coutarnoux|89141 Dissangis|89204 L'Isle-sur-Serein|89208 Joux-la-Ville|89246 Massangis|89312 Précy-le-Sec|89339 Sainte-Colombe",
  '89450':
    '89021 Asquins|89145 Domecy-sur-Cure|89170 Foissy-lès-Vézelay|89176 Fontenay-près-Vézelay|89248 Menades|89297 Pierre-Perthuis|89364 Saint-Père|89409 Tharoiseau|89446 Vézelay',
  '89460':
    '89030 Bazarnes|89130 Deux Rivières|89314 Prégilbert|89363 Sainte-Pallaye|89424 Trucy-sur-Yonne',
  '89470': '89263 Monéteau',
  '89480':
    '89007 Andryes|89119 Coulanges-sur-Yonne|89129 Crain|89158 Étais-la-Sauvin|89164 Festigny|89234 Lucy-sur-Yonne',
  '89500':
    '89018 Armeau|89051 Les Bordes|89060 Bussy-le-Repos|89094 Chaumot|89116 Cornant|89142 Dixmont|89151 Égriselles-le-Bocage|89245 Marsangy|89327 Rousson|89464 Villeneuve-sur-Yonne',
  '89510': '89160 Étigny|89291 Passy|89443 Véron',
  '89520':
    '89179 Fontenoy|89216 Lainsecq|89222 Levis|89273 Moutiers-en-Puisaye|89331 Sainpuits|89367 Saints-en-Puisaye|89368 Saint-Sauveur-en-Puisaye|89400 Sougères-en-Puisaye|89416 Thury|89420 Treigny-Perreuse-Sainte-Colombe',
  '89530': '89108 Chitry|89337 Saint-Bris-le-Vineux',
  '89550': '89201 Héry',
  '89560':
    '89125 Courson-les-Carrières|89148 Druyes-les-Belles-Fontaines|89182 Fouronnes|89215 Lain|89252 Merry-Sec|89270 Mouffy|89283 Ouanne|89383 Sementron|89405 Les Hauts de Forterre',
  '89570':
    '89041 Beugnon|89219 Lasson|89276 Neuvy-Sautour|89398 Sormery|89402 Soumaintrain|89425 Turny',
  '89580':
    "89084 Charentenay|89117 Coulangeron|89118 Coulanges-la-Vineuse|89199 Gy-l'Évêque|89256 Migé|89426 Val-de-Mercy|89427 Vallan",
  '89600': '89101 Chéu|89186 Germigny|89345 Saint-Florentin|89439 Vergigny',
  '89630':
    '89032 Beauvilliers|89058 Bussières|89089 Chastellux-sur-Cure|89318 Quarré-les-Tombes|89336 Saint-Brancher|89347 Saint-Germain-des-Champs|89349 Saint-Léger-Vauban',
  '89660':
    "89020 Asnières-sous-Bois|89049 Bois-d'Arcy|89057 Brosses|89071 Chamoux|89091 Châtel-Censoir|89177 Fontenay-sous-Fouronnes|89225 Lichères-sur-Yonne|89238 Mailly-le-Château|89253 Merry-sur-Yonne|89266 Montillot",
  '89690': '89100 Chéroy',
  '89700':
    '89039 Béru|89098 Cheney|89112 Collan|89137 Dannemoine|89153 Épineuil|89211 Junay|89262 Molosmes|89323 Roffey|89355 Saint-Martin-sur-Armançon|89393 Serrigny|89417 Tissey|89418 Tonnerre|89423 Tronchoy|89445 Vézannes|89447 Vézinnes|89482 Viviers|89486 Yrouerre',
  '89710': '89003 Montholon|89384 Senan',
  '89740':
    '89019 Arthonnay|89131 Cruzy-le-Châtel|89191 Gland|89299 Pimelles|89320 Quincerot|89475 Villon',
  '89770': '89048 Bœurs-en-Othe|89069 Chailley',
  '89800':
    '89002 Aigremont|89034 Beine|89068 Chablis|89081 La Chapelle-Vaupelteigne|89095 Chemilly-sur-Serein|89104 Chichée|89123 Courgis|89168 Fleys|89175 Fontenay-près-Chablis|89224 Lichères-près-Aigremont|89226 Lignorelles|89242 Maligny|89315 Préhy|89341 Saint-Cyr-les-Colons|89477 Villy',
};
