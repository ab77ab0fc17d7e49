#!/usr/bin/env python3
"""Generates data/lang/{en,nl}/actors/cities.tsv: every national capital and
every city of 500,000 people or more, with its state, so that "Minsk said",
"the Managua authorities" or "a response to Ottawa" name the state.

Cities and populations come from GeoNames (geonames.org, CC BY 4.0) as
shipped in Debian's libgeonames0 (pass the path of libgeonames.so.0 if it is
not installed: `apt-get download libgeonames0 && dpkg-deb -x ...`). Capitals
and the Dutch exonyms are written by hand below. Names that are also a
country surface, a curated place (places.tsv), or a common word are skipped;
a name shared by several cities goes to the most populous one.

Usage: scripts/gen-cities.py [path/to/libgeonames.so.0]
"""
import ctypes, os, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MIN_POPULATION = 500_000

# Capital of each state (alpha-3), English name as GeoNames spells it, then
# other English spellings seen in news.
CAPITALS = {
    "AFG": ["Kabul"], "ALB": ["Tirana"], "DZA": ["Algiers"], "AND": ["Andorra la Vella"], "AGO": ["Luanda"],
    "ATG": ["Saint John's"], "ARG": ["Buenos Aires"], "ARM": ["Yerevan"], "AUS": ["Canberra"], "AUT": ["Vienna"],
    "AZE": ["Baku"], "BHS": ["Nassau"], "BHR": ["Manama"], "BGD": ["Dhaka"], "BRB": ["Bridgetown"],
    "BLR": ["Minsk"], "BEL": ["Brussels"], "BLZ": ["Belmopan"], "BEN": ["Porto-Novo", "Cotonou"], "BTN": ["Thimphu"],
    "BOL": ["Sucre", "La Paz"], "BIH": ["Sarajevo"], "BWA": ["Gaborone"], "BRA": ["Brasilia", "Brasília"],
    "BRN": ["Bandar Seri Begawan"], "BGR": ["Sofia"], "BFA": ["Ouagadougou"], "BDI": ["Gitega", "Bujumbura"],
    "CPV": ["Praia"], "KHM": ["Phnom Penh"], "CMR": ["Yaounde", "Yaoundé"], "CAN": ["Ottawa"], "CAF": ["Bangui"],
    "TCD": ["N'Djamena"], "CHL": ["Santiago"], "CHN": ["Beijing"], "COL": ["Bogota", "Bogotá"], "COM": ["Moroni"],
    "COG": ["Brazzaville"], "COD": ["Kinshasa"], "CRI": ["San Jose", "San José"], "CIV": ["Yamoussoukro", "Abidjan"],
    "HRV": ["Zagreb"], "CUB": ["Havana"], "CYP": ["Nicosia"], "CZE": ["Prague"], "DNK": ["Copenhagen"],
    "DJI": [], "DMA": ["Roseau"], "DOM": ["Santo Domingo"], "ECU": ["Quito"], "EGY": ["Cairo"],
    "SLV": ["San Salvador"], "GNQ": ["Malabo"], "ERI": ["Asmara"], "EST": ["Tallinn"], "SWZ": ["Mbabane"],
    "ETH": ["Addis Ababa"], "FJI": ["Suva"], "FIN": ["Helsinki"], "FRA": ["Paris"], "GAB": ["Libreville"],
    "GMB": ["Banjul"], "GEO": ["Tbilisi"], "DEU": ["Berlin"], "GHA": ["Accra"], "GRC": ["Athens"],
    "GRD": ["Saint George's"], "GTM": ["Guatemala City"], "GIN": ["Conakry"], "GNB": ["Bissau"], "GUY": ["Georgetown"],
    "HTI": ["Port-au-Prince"], "HND": ["Tegucigalpa"], "HUN": ["Budapest"], "ISL": ["Reykjavik", "Reykjavík"],
    "IND": ["New Delhi"], "IDN": ["Jakarta"], "IRN": ["Tehran", "Teheran"], "IRQ": ["Baghdad"], "IRL": ["Dublin"],
    "ISR": ["Jerusalem"], "ITA": ["Rome"], "JAM": ["Kingston"], "JPN": ["Tokyo"], "JOR": ["Amman"],
    "KAZ": ["Astana", "Nur-Sultan"], "KEN": ["Nairobi"], "KIR": ["Tarawa"], "PRK": ["Pyongyang"], "KOR": ["Seoul"],
    "KWT": ["Kuwait City"], "KGZ": ["Bishkek"], "LAO": ["Vientiane"], "LVA": ["Riga"], "LBN": ["Beirut"],
    "LSO": ["Maseru"], "LBR": ["Monrovia"], "LBY": ["Tripoli"], "LIE": ["Vaduz"], "LTU": ["Vilnius"],
    "LUX": [], "MDG": ["Antananarivo"], "MWI": ["Lilongwe"], "MYS": ["Kuala Lumpur", "Putrajaya"],
    "MDV": ["Male", "Malé"], "MLI": ["Bamako"], "MLT": ["Valletta"], "MHL": ["Majuro"], "MRT": ["Nouakchott"],
    "MUS": ["Port Louis"], "MEX": ["Mexico City"], "FSM": ["Palikir"], "MDA": ["Chisinau", "Chișinău"],
    "MCO": [], "MNG": ["Ulaanbaatar", "Ulan Bator"], "MNE": ["Podgorica"], "MAR": ["Rabat"], "MOZ": ["Maputo"],
    "MMR": ["Naypyidaw", "Nay Pyi Taw", "Naypyitaw"], "NAM": ["Windhoek"], "NRU": ["Yaren"], "NPL": ["Kathmandu"],
    "NLD": ["Amsterdam", "The Hague"], "NZL": ["Wellington"], "NIC": ["Managua"], "NER": ["Niamey"], "NGA": ["Abuja"],
    "MKD": ["Skopje"], "NOR": ["Oslo"], "OMN": ["Muscat"], "PAK": ["Islamabad"], "PLW": ["Ngerulmud"],
    "PSE": ["Ramallah"], "PAN": ["Panama City"], "PNG": ["Port Moresby"], "PRY": ["Asuncion", "Asunción"],
    "PER": ["Lima"], "PHL": ["Manila"], "POL": ["Warsaw"], "PRT": ["Lisbon"], "QAT": ["Doha"],
    "ROU": ["Bucharest"], "RUS": ["Moscow"], "RWA": ["Kigali"], "KNA": ["Basseterre"], "LCA": ["Castries"],
    "VCT": ["Kingstown"], "WSM": ["Apia"], "SMR": [], "STP": ["Sao Tome", "São Tomé"], "SAU": ["Riyadh"],
    "SEN": ["Dakar"], "SRB": ["Belgrade"], "SYC": ["Victoria"], "SLE": ["Freetown"], "SGP": [],
    "SVK": ["Bratislava"], "SVN": ["Ljubljana"], "SLB": ["Honiara"], "SOM": ["Mogadishu"], "ZAF": ["Pretoria", "Cape Town"],
    "SSD": ["Juba"], "ESP": ["Madrid"], "LKA": ["Colombo", "Sri Jayawardenepura Kotte"], "SDN": ["Khartoum"],
    "SUR": ["Paramaribo"], "SWE": ["Stockholm"], "CHE": ["Bern", "Berne"], "SYR": ["Damascus"], "TWN": ["Taipei"],
    "TJK": ["Dushanbe"], "TZA": ["Dodoma"], "THA": ["Bangkok"], "TLS": ["Dili"], "TGO": ["Lome", "Lomé"],
    "TON": ["Nuku'alofa"], "TTO": ["Port of Spain"], "TUN": ["Tunis"], "TUR": ["Ankara"], "TKM": ["Ashgabat"],
    "TUV": ["Funafuti"], "UGA": ["Kampala"], "UKR": ["Kyiv", "Kiev"], "ARE": ["Abu Dhabi"], "GBR": ["London"],
    "USA": ["Washington"], "URY": ["Montevideo"], "UZB": ["Tashkent"], "VUT": ["Port Vila"], "VAT": [],
    "VEN": ["Caracas"], "VNM": ["Hanoi"], "YEM": ["Sanaa", "Sana'a", "Aden"], "ZMB": ["Lusaka"], "ZWE": ["Harare"],
    "XKX": ["Pristina", "Prishtina"], "HKG": [], "ESH": [],
}

# Dutch names where Dutch news does not use the English one.
DUTCH = {
    "Algiers": "Algiers", "Athens": "Athene", "Baghdad": "Bagdad", "Beijing": "Peking", "Beirut": "Beiroet",
    "Belgrade": "Belgrado", "Brussels": "Brussel", "Bucharest": "Boekarest", "Cairo": "Caïro", "Copenhagen": "Kopenhagen",
    "Damascus": "Damascus", "Havana": "Havana", "Jerusalem": "Jeruzalem", "Kyiv": "Kyiv", "Kiev": "Kiev",
    "Lisbon": "Lissabon", "Mexico City": "Mexico-Stad", "Moscow": "Moskou", "New Delhi": "New Delhi", "Prague": "Praag",
    "Riyadh": "Riyad", "Rome": "Rome", "Sanaa": "Sanaa", "Tehran": "Teheran", "Tripoli": "Tripoli", "Vienna": "Wenen",
    "Warsaw": "Warschau", "Bern": "Bern", "Geneva": "Genève", "The Hague": "Den Haag", "Antwerp": "Antwerpen",
    "Munich": "München", "Cologne": "Keulen", "Istanbul": "Istanboel", "Kabul": "Kaboel", "Khartoum": "Khartoem",
    "Mogadishu": "Mogadishu", "Tunis": "Tunis", "Belmopan": "Belmopan", "Nicosia": "Nicosia", "Mecca": "Mekka",
    "Saint Petersburg": "Sint-Petersburg", "Minsk": "Minsk", "Tbilisi": "Tbilisi", "Yerevan": "Jerevan",
    "Tashkent": "Tasjkent", "Dushanbe": "Doesjanbe", "Ashgabat": "Asjchabad", "Bishkek": "Bisjkek",
    "Ulaanbaatar": "Ulaanbaatar", "Pyongyang": "Pyongyang", "Seoul": "Seoel", "Tokyo": "Tokio", "Hanoi": "Hanoi",
    "Jakarta": "Jakarta", "Kathmandu": "Kathmandu", "Addis Ababa": "Addis Abeba", "Dar es Salaam": "Dar es Salaam",
    "Alexandria": "Alexandrië", "Odesa": "Odessa", "Kharkiv": "Charkiv", "Naples": "Napels", "Milan": "Milaan",
    "Turin": "Turijn", "Venice": "Venetië", "Florence": "Florence", "Seville": "Sevilla", "Tel Aviv": "Tel Aviv",
    "Damascus ": "Damascus", "Aleppo": "Aleppo", "Gaza": "Gaza", "Hebron": "Hebron", "Nazareth": "Nazareth",
    "Quito": "Quito", "Bogota": "Bogota", "Lima": "Lima", "Brasilia": "Brasilia", "Havana ": "Havana",
    "Washington": "Washington", "Ottawa": "Ottawa", "Canberra": "Canberra", "Wellington": "Wellington",
}

# City names that are also ordinary words or persons' names in news text.
SKIP = {"Victoria", "Mendoza", "Medina", "Jos", "Aba", "Natal", "Salvador", "Takeo", "Guli", "Sucre", "Erode",
        "Brooklyn", "Manhattan", "Oyo", "Budta", "Kotli", "Durango", "Salta", "Malingao", "Camayenne", "Situbondo", "Male", "Kingston", "Georgetown", "Santiago", "Nassau", "Hamilton", "Columbus", "Jackson",
        "Lincoln", "Austin", "Phoenix", "Mobile", "Reading", "Independence", "Paterson", "Mesa", "Aurora",
        "Surprise", "Orange", "Garland", "Irving", "Salem", "Dallas", "Houston", "Denver", "Nashville", "Charlotte",
        "Jacksonville", "Louisville", "Memphis", "Portland", "Fresno", "Tucson", "Omaha", "Raleigh", "Tulsa",
        "Wichita", "Arlington", "Bakersfield", "Anaheim", "Stockton", "Riverside", "Henderson", "Chandler", "Durban",
        "Pune", "Surat", "Kota", "Marseille", "Victoria", "Concepción", "Trujillo", "León", "Mérida", "Valencia",
        "Córdoba", "Cordoba", "Barcelona", "Antalya", "Bursa", "Mashhad", "Qom", "Padang", "Medan", "Malang", "Bogor",
        "Sale", "Fez", "Homs", "Hama", "Basra", "Kirkuk", "Herat", "Tabriz", "Shiraz", "Isfahan", "Van", "Batman",
        "Nice", "Bath", "Split", "Split", "Bologna", "Genoa", "Ibadan", "Kano", "Benin City", "Port Harcourt",
        "Brisbane", "Perth", "Adelaide", "Auckland", "Calgary", "Edmonton", "Winnipeg", "Mississauga", "Brampton",
        "Hamilton", "Vancouver", "Montreal", "Toronto", "Quebec", "Sydney", "Melbourne", "Kingston", "Kowloon",
        "Camp", "Mosul", "Guadalupe", "Santa Cruz", "San Miguel", "San Pedro", "Soledad", "Cheng", "Ning", "Nan",
        "Changchun", "Lanzhou", "Kaifeng", "Anshan", "Jilin", "Mandalay", "Taipei", "Zhongshan", "Yangon",
        "Amritsar", "Agra", "Allahabad", "Ranchi", "Guwahati", "Bhopal", "Patna", "Indore", "Jaipur", "Lucknow",
        "Kanpur", "Nagpur", "Nashik", "Vadodara", "Rajkot", "Meerut", "Varanasi", "Srinagar", "Aurangabad",
        "Dhanbad", "Jodhpur", "Raipur", "Kota", "Bareilly", "Moradabad", "Mysore", "Gurgaon", "Aligarh", "Jalandhar",
        "Tiruchirappalli", "Bhubaneswar", "Salem", "Warangal", "Guntur", "Bhiwandi", "Saharanpur", "Gorakhpur",
        "Bikaner", "Amravati", "Noida", "Jamshedpur", "Bhilai", "Cuttack", "Firozabad", "Kochi", "Bhavnagar",
        "Dehradun", "Durgapur", "Asansol", "Nanded", "Kolhapur", "Ajmer", "Gulbarga", "Jamnagar", "Ujjain",
        "Loni", "Siliguri", "Jhansi", "Ulhasnagar", "Nellore", "Jammu", "Belgaum", "Mangalore", "Ambattur",
        "Tirunelveli", "Malegaon", "Gaya", "Jalgaon", "Udaipur", "Maheshtala", "Davanagere", "Kozhikode",
        "Akola", "Kurnool", "Rajpur Sonarpur", "Bokaro", "South Dumdum", "Bellary", "Patiala", "Gopalpur", "Agartala",
        "Bhagalpur", "Muzaffarnagar", "Bhatpara", "Panihati", "Latur", "Dhule", "Rohtak", "Korba", "Bhilwara",
        "Brahmapur", "Muzaffarpur", "Ahmednagar", "Mathura", "Kollam", "Avadi", "Kadapa", "Kamarhati", "Bilaspur",
        "Shahjahanpur", "Bijapur", "Rampur", "Shimoga", "Chandrapur", "Junagadh", "Thrissur", "Alwar", "Bardhaman",
        "Kulti", "Kakinada", "Nizamabad", "Parbhani", "Tumkur", "Hisar", "Ozhukarai", "Bihar Sharif", "Panipat",
        "Darbhanga", "Bally", "Aizawl", "Dewas", "Ichalkaranji", "Tirupati", "Karnal", "Bathinda", "Jalna",
        "Barasat", "Kirari Suleman Nagar", "Purnia", "Satna", "Mau", "Sonipat", "Farrukhabad", "Sagar", "Rourkela",
        "Durg", "Imphal", "Ratlam", "Hapur", "Anantapur", "Arrah", "Karimnagar", "Etawah", "Ambernath", "Bharatpur",
        "Begusarai", "New Delhi ", "Gandhidham", "Baranagar", "Tiruvottiyur", "Puducherry", "Sikar", "Thoothukudi",
        "Rewa", "Mirzapur", "Raichur", "Pali", "Ramagundam", "Haridwar", "Vijayanagaram", "Katihar", "Nagercoil",
        "Sri Ganganagar", "Karawal Nagar", "Mango", "Thanjavur", "Bulandshahr", "Uluberia", "Murwara", "Sambhal",
        "Singrauli", "Nadiad", "Secunderabad", "Naihati", "Yamunanagar", "Bidhan Nagar", "Pallavaram", "Bidar",
        "Munger", "Panchkula", "Burhanpur", "Raurkela Industrial Township", "Kharagpur", "Dindigul", "Gandhinagar",
        "Hospet", "Nangloi Jat", "Malda", "Ongole", "Deoghar", "Chapra", "Haldia", "Khandwa", "Nandyal", "Morena",
        "Amroha", "Anand", "Bhind", "Bhalswa Jahangir Pur", "Madhyamgram", "Bhiwani", "Berhampore", "Ambala",
        "Morbi", "Fatehpur", "Raebareli", "Khora", "Chittoor", "Bhusawal", "Orai", "Bahraich", "Phusro", "Vellore",
        "Mehsana", "Raiganj", "Sirsa", "Danapur", "Serampore", "Sultan Pur Majra", "Guna", "Jaunpur", "Panvel",
        "Shivpuri", "Surendranagar Dudhrej", "Unnao", "Chinsurah", "Alappuzha", "Kottayam", "Machilipatnam",
        "Shimla", "Adoni", "Udupi", "Tenali", "Proddatur", "Saharsa", "Hindupur", "Sasaram", "Hajipur", "Bhimavaram",
        "Kumbakonam", "Dehri", "Madanapalle", "Siwan", "Bettiah", "Guntakal", "Srikakulam", "Motihari", "Dharmavaram",
        "Gudivada", "Phagwara", "Pudukkottai", "Hosur", "Narasaraopet", "Suryapet", "Miryalaguda", "Tadipatri",
        "Karaikudi", "Kishanganj", "Jamalpur", "Ballia", "Kavali", "Tadepalligudem", "Amaravati", "Buxar", "Jehanabad",
        "Aurangabad ", "Gangtok"}


def read_tsv(path, col=0):
    out = set()
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        out.add(line.rstrip("\n").split("\t")[col])
    return out


def load_geonames(lib_path):
    lib = ctypes.CDLL(lib_path)
    lib.geonames_get_n_cities.restype = ctypes.c_uint
    lib.geonames_get_city.restype = ctypes.c_void_p
    lib.geonames_get_city.argtypes = [ctypes.c_uint]
    for fn in ("name", "country_code"):
        f = getattr(lib, "geonames_city_get_" + fn)
        f.restype = ctypes.c_char_p
        f.argtypes = [ctypes.c_void_p]
    lib.geonames_city_get_population.restype = ctypes.c_uint
    lib.geonames_city_get_population.argtypes = [ctypes.c_void_p]
    cities = []
    for i in range(lib.geonames_get_n_cities()):
        c = lib.geonames_get_city(i)
        cities.append((lib.geonames_city_get_name(c).decode(), lib.geonames_city_get_country_code(c).decode(),
                       lib.geonames_city_get_population(c)))
    return cities


def main(argv):
    lib_path = argv[1] if len(argv) > 1 else "libgeonames.so.0"
    alpha2to3 = {}
    for line in open(os.path.join(ROOT, "data/actors/countries.tsv"), encoding="utf-8"):
        if not line.startswith("#"):
            a3, a2, _ = line.rstrip("\n").split("\t")
            alpha2to3[a2] = a3
    best = {}  # name -> (population, alpha3)
    for name, a2, pop in load_geonames(lib_path):
        a3 = alpha2to3.get(a2)
        if not a3 or pop < MIN_POPULATION or name in SKIP or not name[:1].isupper():
            continue
        if name not in best or best[name][0] < pop:
            best[name] = (pop, a3)
    cities = {name: a3 for name, (pop, a3) in best.items()}
    capitals = {}
    known = set(alpha2to3.values())
    for a3, names in CAPITALS.items():
        if a3 not in known:
            sys.exit(f"unknown country code {a3} in CAPITALS")
        for n in names:
            if n not in SKIP:
                capitals[n] = a3
    for lang in ("en", "nl"):
        d = os.path.join(ROOT, "data/lang", lang, "actors")
        taken = read_tsv(os.path.join(d, "places.tsv")) | read_tsv(os.path.join(d, "country-names.tsv")) | \
            read_tsv(os.path.join(d, "countries-extra.tsv")) | read_tsv(os.path.join(d, "organisations.tsv"))
        rows = {}
        for name, a3 in list(capitals.items()) + list(cities.items()):
            kind = "capital" if name in capitals and capitals[name] == a3 else "city"
            surfaces = [name]
            if lang == "nl" and name in DUTCH:
                surfaces = [DUTCH[name]] if DUTCH[name] == name else [DUTCH[name], name]
            for s in surfaces:
                if s in taken or s in rows:
                    continue
                rows[s] = (a3, kind)
        with open(os.path.join(d, "cities.tsv"), "w", encoding="utf-8") as out:
            out.write("# Generated by scripts/gen-cities.py from GeoNames (geonames.org, CC BY 4.0) and a\n"
                      "# hand-written list of capitals; do not edit. Curated places are in places.tsv.\n"
                      "# surface\talpha3\ttype\n")
            for s in sorted(rows):
                out.write(f"{s}\t{rows[s][0]}\t{rows[s][1]}\n")
        print(f"{lang}: {len(rows)} cities", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv)
