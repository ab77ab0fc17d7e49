#!/usr/bin/env python3
"""Writes gold.jsonl: the project's own sentences (EN, NL) about agreements,
each document with the agreements a careful reader finds in it: kind,
parties (principals: ISO alpha-3 or the organisation's short name) and
topics (docs/AGREEMENTS.md). Edit the list below, then run this script."""
import json, os

D = []
def doc(lang, text, *agreements):
    """An agreement is (kind, parties, topics) or (kind, parties, topics, relations)
    with relations a dict of lists: "implemented_by" (a body's actor code,
    principal or name as written), "builds_on" ("kind", "kind:year" or
    "kind:year@index", index among the document's agreements),
    "referred_by" (the referring event's trigger word as written)."""
    out = []
    for a in agreements:
        k, p, t = a[:3]
        rel = a[3] if len(a) > 3 else {}
        out.append({"kind": k, "parties": sorted(p), "topics": sorted(t),
                    "implemented_by": rel.get("implemented_by", []),
                    "builds_on": rel.get("builds_on", []),
                    "referred_by": rel.get("referred_by", [])})
    D.append({"id": f"{lang}{len(D):03d}", "lang": lang, "text": text, "agreements": out})

# ---- English ----
doc("en", "Kenya and Ethiopia signed a memorandum of understanding on border security in Nairobi on Tuesday.",
    ("mou", ["KEN", "ETH"], ["border_security"]))
doc("en", "The Dutch and Moroccan governments today signed a declaration of intent to counter violent extremism. The declaration will focus on information sharing and training of imams.",
    ("declaration_of_intent", ["NLD", "MAR"], ["violent_extremism", "intelligence_sharing", "capacity_building"]))
doc("en", "Germany and France concluded a treaty on defence cooperation in Aachen.",
    ("treaty", ["DEU", "FRA"], ["military"]))
doc("en", "Norway signed an agreement with Somalia on development aid worth 40 million dollars.",
    ("agreement", ["NOR", "SOM"], ["development"]))
doc("en", "The United States and Mexico signed a joint declaration on migration and border management.",
    ("joint_declaration", ["USA", "MEX"], ["migration", "border_security"]))
doc("en", "Spain and Morocco adopted an action plan against human trafficking and irregular migration.",
    ("action_plan", ["ESP", "MAR"], ["police_judicial", "migration"]))
doc("en", "Belgium and the Netherlands signed a new extradition treaty in Brussels. The treaty also covers mutual legal assistance in criminal matters.",
    ("treaty", ["BEL", "NLD"], ["police_judicial"]))
doc("en", "Japan and India signed a memorandum of understanding on cyber security.",
    ("mou", ["JPN", "IND"], ["cyber"]))
doc("en", "The European Union and Tunisia signed a memorandum of understanding on migration, energy and trade.",
    ("mou", ["EU", "TUN"], ["migration", "energy", "trade_investment"]))
doc("en", "Kenya and the United Kingdom signed a defence cooperation agreement on Monday. The pact covers training of Kenyan troops and the fight against terrorism.",
    ("agreement", ["KEN", "GBR"], ["military", "capacity_building", "counter_terrorism"]))
doc("en", "Sweden and Finland signed a letter of intent on maritime security in the Baltic.",
    ("letter_of_intent", ["SWE", "FIN"], ["maritime"]))
doc("en", "Colombia signed a peace agreement with the FARC in Havana.",
    ("peace_agreement", ["COL", "FARC"], ["peace_security"]))
doc("en", "Russia and Ukraine agreed a ceasefire on Friday.",
    ("ceasefire", ["RUS", "UKR"], ["peace_security"]))
doc("en", "Indonesia and Australia signed a strategic partnership on counter-terrorism and maritime security.",
    ("partnership", ["IDN", "AUS"], ["counter_terrorism", "maritime"]))
doc("en", "Canada and South Korea signed a free trade agreement after years of talks.",
    ("agreement", ["CAN", "KOR"], ["trade_investment"]))
doc("en", "Nigeria and Niger signed a memorandum of understanding on intelligence sharing against Boko Haram.",
    ("mou", ["NGA", "NER"], ["intelligence_sharing", "counter_terrorism"]))
doc("en", "Turkey and the European Union agreed a roadmap on visa liberalisation and the return of migrants.",
    ("roadmap", ["TUR", "EU"], ["migration"]))
doc("en", "Egypt and Saudi Arabia signed an agreement on investment and energy in Cairo.",
    ("agreement", ["EGY", "SAU"], ["trade_investment", "energy"]))
doc("en", "Ghana and Denmark signed a memorandum of understanding on health and education.",
    ("mou", ["GHA", "DNK"], ["health", "education"]))
doc("en", "The foreign ministers of Jordan and Iraq signed a protocol on terrorist financing and money laundering.",
    ("protocol", ["JOR", "IRQ"], ["terrorist_financing"]))
doc("en", "France and Mali signed a defence agreement. The agreement allows French troops to train the Malian army.",
    ("agreement", ["FRA", "MLI"], ["military", "capacity_building"]))
doc("en", "Italy and Libya signed a memorandum of understanding on migration and the training of the Libyan coast guard.",
    ("mou", ["ITA", "LBY"], ["migration", "capacity_building", "border_security"]))
doc("en", "The Netherlands and Kenya signed an agreement on cultural heritage.",
    ("agreement", ["NLD", "KEN"], ["culture"]))
doc("en", "Pakistan and Afghanistan did not sign the proposed border agreement.")
doc("en", "Talks between Israel and Lebanon on a maritime agreement continued on Wednesday.")
doc("en", "Somalia and Uganda signed a memorandum of understanding on police cooperation and training.",
    ("mou", ["SOM", "UGA"], ["police_judicial", "capacity_building"]))
doc("en", "Brazil and China signed a trade deal worth ten billion dollars.",
    ("agreement", ["BRA", "CHN"], ["trade_investment"]))
doc("en", "Tanzania and Rwanda signed a memorandum of understanding on transport and energy.",
    ("mou", ["TZA", "RWA"], ["transport", "energy"]))
doc("en", "Poland and Ukraine signed a joint statement on security and defence cooperation.",
    ("joint_declaration", ["POL", "UKR"], ["military"]))
doc("en", "The United Nations and Somalia signed a partnership agreement on humanitarian relief.",
    ("partnership", ["UN", "SOM"], ["humanitarian"]))
doc("en", "Germany and Jordan signed a declaration of intent on water and climate cooperation.",
    ("declaration_of_intent", ["DEU", "JOR"], ["environment"]))
doc("en", "Ethiopia and Eritrea signed a peace accord in Riyadh.",
    ("peace_agreement", ["ETH", "ERI"], ["peace_security"]))
doc("en", "The Philippines and Malaysia signed an agreement on maritime patrols against piracy.",
    ("agreement", ["PHL", "MYS"], ["maritime"]))
doc("en", "Austria and Switzerland signed a treaty on police cooperation.",
    ("treaty", ["AUT", "CHE"], ["police_judicial"]))
doc("en", "Senegal and Mauritania signed a fisheries agreement.",
    ("agreement", ["SEN", "MRT"], ["agriculture"]))
doc("en", "The Kenyan and Somali governments signed a memorandum of understanding on foreign fighters and the rehabilitation of returnees.",
    ("mou", ["KEN", "SOM"], ["foreign_fighters", "violent_extremism"]))
doc("en", "Iran and Iraq signed an agreement on electricity supplies. Separately, Iraq and Jordan signed a memorandum of understanding on an oil pipeline.",
    ("agreement", ["IRN", "IRQ"], ["energy"]), ("mou", ["IRQ", "JOR"], ["energy"]))
doc("en", "Denmark and Norway signed a memorandum of understanding on research and innovation.",
    ("mou", ["DNK", "NOR"], ["science_technology"]))
doc("en", "NATO and Finland signed an agreement on cyber defence.",
    ("agreement", ["NATO", "FIN"], ["cyber", "military"]))
doc("en", "The governments of Sudan and South Sudan signed an agreement on oil and border security.",
    ("agreement", ["SDN", "SSD"], ["energy", "border_security"]))
doc("en", "Belgium and Morocco signed a memorandum of understanding on the exchange of information on terrorism.",
    ("mou", ["BEL", "MAR"], ["intelligence_sharing", "counter_terrorism"]))
doc("en", "India and Bangladesh signed a treaty on water sharing.",
    ("treaty", ["IND", "BGD"], ["environment"]))
doc("en", "Egypt and Israel signed a gas deal worth 15 billion dollars.",
    ("agreement", ["EGY", "ISR"], ["energy"]))
doc("en", "Chile and Argentina signed a memorandum of understanding on education and student exchanges.",
    ("mou", ["CHL", "ARG"], ["education"]))
doc("en", "Greece and Cyprus signed an action plan on tourism and culture.",
    ("action_plan", ["GRC", "CYP"], ["culture"]))
doc("en", "Nigeria and Ghana signed an agreement on trade and customs.",
    ("agreement", ["NGA", "GHA"], ["trade_investment"]))
doc("en", "Morocco and Mauritania refused to sign the fisheries accord.")

# ---- Dutch ----
doc("nl", "Nederland en Marokko hebben een intentieverklaring ondertekend over de bestrijding van terrorisme.",
    ("declaration_of_intent", ["NLD", "MAR"], ["counter_terrorism"]))
doc("nl", "België en Nederland sloten een verdrag over politiesamenwerking.",
    ("treaty", ["BEL", "NLD"], ["police_judicial"]))
doc("nl", "Duitsland en Frankrijk ondertekenden dinsdag een verdrag over defensie.",
    ("treaty", ["DEU", "FRA"], ["military"]))
doc("nl", "Kenia en Nederland hebben een memorandum van overeenstemming getekend over handel en investeringen.",
    ("mou", ["KEN", "NLD"], ["trade_investment"]))
doc("nl", "Spanje en Marokko sloten een akkoord over migratie.",
    ("agreement", ["ESP", "MAR"], ["migration"]))
doc("nl", "Noorwegen en Somalië ondertekenden een overeenkomst over ontwikkelingssamenwerking.",
    ("agreement", ["NOR", "SOM"], ["development"]))
doc("nl", "Italië en Libië tekenden een memorandum van overeenstemming over migratie en de opleiding van de kustwacht.",
    ("mou", ["ITA", "LBY"], ["migration", "capacity_building", "border_security"]))
doc("nl", "Rusland en Oekraïne sloten een wapenstilstand.",
    ("ceasefire", ["RUS", "UKR"], ["peace_security"]))
doc("nl", "Nederland en Duitsland ondertekenden een gezamenlijke verklaring over energie en klimaat.",
    ("joint_declaration", ["NLD", "DEU"], ["energy", "environment"]))
doc("nl", "Turkije en de Europese Unie bereikten een akkoord over de terugkeer van migranten.",
    ("agreement", ["TUR", "EU"], ["migration"]))
doc("nl", "België en Marokko hebben een samenwerkingsovereenkomst gesloten over de uitwisseling van informatie over terroristen.",
    ("agreement", ["BEL", "MAR"], ["intelligence_sharing", "counter_terrorism"]))
doc("nl", "Nederland en Kenia ondertekenden een intentieverklaring over de preventie van gewelddadig extremisme. De verklaring richt zich op deradicalisering en training.",
    ("declaration_of_intent", ["NLD", "KEN"], ["violent_extremism", "capacity_building"]))
doc("nl", "Frankrijk en Mali ondertekenden een defensieakkoord.",
    ("agreement", ["FRA", "MLI"], ["military"]))
doc("nl", "Japan en India tekenden een memorandum van overeenstemming over cyberveiligheid.",
    ("mou", ["JPN", "IND"], ["cyber"]))
doc("nl", "Canada en Zuid-Korea sloten een vrijhandelsakkoord.",
    ("agreement", ["CAN", "KOR"], ["trade_investment"]))
doc("nl", "Nigeria en Niger ondertekenden een memorandum van overeenstemming over het delen van inlichtingen.",
    ("mou", ["NGA", "NER"], ["intelligence_sharing"]))
doc("nl", "Egypte en Saoedi-Arabië sloten een akkoord over energie.",
    ("agreement", ["EGY", "SAU"], ["energy"]))
doc("nl", "Ethiopië en Eritrea ondertekenden een vredesakkoord.",
    ("peace_agreement", ["ETH", "ERI"], ["peace_security"]))
doc("nl", "Oostenrijk en Zwitserland sloten een verdrag over de uitlevering van verdachten.",
    ("treaty", ["AUT", "CHE"], ["police_judicial"]))
doc("nl", "Denemarken en Noorwegen ondertekenden een memorandum van overeenstemming over onderzoek en innovatie.",
    ("mou", ["DNK", "NOR"], ["science_technology"]))
doc("nl", "Ghana en Denemarken tekenden een overeenkomst over gezondheidszorg en onderwijs.",
    ("agreement", ["GHA", "DNK"], ["health", "education"]))
doc("nl", "Polen en Oekraïne ondertekenden een actieplan over grensbewaking.",
    ("action_plan", ["POL", "UKR"], ["border_security"]))
doc("nl", "De Verenigde Staten en Mexico ondertekenden een gezamenlijke verklaring over migratie.",
    ("joint_declaration", ["USA", "MEX"], ["migration"]))
doc("nl", "Somalië en Oeganda sloten een akkoord over politiesamenwerking en training.",
    ("agreement", ["SOM", "UGA"], ["police_judicial", "capacity_building"]))
doc("nl", "Pakistan en Afghanistan hebben het grensakkoord niet ondertekend.")
doc("nl", "Indonesië en Australië sloten een strategisch partnerschap over terrorismebestrijding.",
    ("partnership", ["IDN", "AUS"], ["counter_terrorism"]))

# ---- Longer texts: headlines, signatories, later sentences about the same agreement ----
doc("en", "Kenya and Denmark sign police training pact\n\nNAIROBI, 4 May 2021 - Kenya and Denmark on Tuesday signed an agreement on police training and the fight against organised crime. The agreement was signed by Interior Cabinet Secretary Fred Matiang'i and the Danish ambassador. It will run for three years.",
    ("agreement", ["KEN", "DNK"], ["capacity_building", "police_judicial"]))
doc("en", "The Netherlands and Jordan signed a memorandum of understanding in Amman on Monday. The memorandum covers border management, the return of foreign terrorist fighters and the exchange of intelligence.",
    ("mou", ["NLD", "JOR"], ["border_security", "foreign_fighters", "intelligence_sharing"]))
doc("en", "Ghana signed a maritime security agreement with the European Union on Thursday. Under the deal the EU will train Ghanaian naval officers.",
    ("agreement", ["GHA", "EU"], ["maritime", "capacity_building", "military"]))
doc("en", "The mayors of Rotterdam and Mombasa signed a memorandum of understanding on youth exchanges and the prevention of radicalisation.",
    ("mou", ["NLD", "KEN"], ["education", "violent_extremism"]))
doc("en", "France and Germany adopted a joint declaration on climate. Two days later, France signed a defence treaty with Italy.",
    ("joint_declaration", ["FRA", "DEU"], ["environment"]), ("treaty", ["FRA", "ITA"], ["military"]))
doc("en", "Ministers from Somalia and Ethiopia discussed a possible security pact but did not reach an agreement.")
doc("en", "The United Kingdom and Norway signed a memorandum of understanding on energy. The two countries also agreed to exchange information on offshore wind research.",
    ("mou", ["GBR", "NOR"], ["energy", "science_technology", "intelligence_sharing"]))
doc("en", "Uganda and Tanzania concluded an agreement on the oil pipeline between the two countries.",
    ("agreement", ["UGA", "TZA"], ["energy"]))
doc("en", "President Emmanuel Macron and President Joko Widodo signed a strategic partnership between France and Indonesia on defence and education.",
    ("partnership", ["FRA", "IDN"], ["military", "education"]))
doc("nl", "Nederland en België ondertekenen verdrag over grensbewaking\n\nNederland en België hebben maandag in Brussel een verdrag ondertekend over de bewaking van de gezamenlijke grens. Het verdrag werd ondertekend door de ministers van Binnenlandse Zaken van beide landen.",
    ("treaty", ["NLD", "BEL"], ["border_security"]))
doc("nl", "Marokko en Spanje hebben een memorandum van overeenstemming getekend. Het memorandum gaat over terugkeer van migranten en de opleiding van grenswachten.",
    ("mou", ["MAR", "ESP"], ["migration", "capacity_building", "border_security"]))
doc("nl", "Kenia heeft met Nederland een overeenkomst gesloten over de bestrijding van terrorisme.",
    ("agreement", ["KEN", "NLD"], ["counter_terrorism"]))
doc("nl", "De ministers van Duitsland en Polen spraken over een nieuw verdrag, maar een akkoord bleef uit.")
doc("nl", "Frankrijk en Italië sloten een akkoord over migratie. Later die week ondertekenden Duitsland en Oostenrijk een verdrag over politiesamenwerking.",
    ("agreement", ["FRA", "ITA"], ["migration"]), ("treaty", ["DEU", "AUT"], ["police_judicial"]))
doc("nl", "De Europese Unie en Egypte hebben een partnerschap gesloten over energie en migratie.",
    ("partnership", ["EU", "EGY"], ["energy", "migration"]))
doc("nl", "Noorwegen en Kenia ondertekenden een intentieverklaring over onderwijs en gezondheidszorg.",
    ("declaration_of_intent", ["NOR", "KEN"], ["education", "health"]))

# ---- Relations: bodies that carry an agreement out, agreements it builds on, later events naming it ----
I, B, R = "implemented_by", "builds_on", "referred_by"
doc("en", "Kenya and the Netherlands signed a declaration of intent on countering violent extremism on Monday. The declaration will be implemented by the National Counter Terrorism Centre.",
    ("declaration_of_intent", ["KEN", "NLD"], ["violent_extremism"], {I: ["National Counter Terrorism Centre"]}))
doc("en", "Somalia and Ethiopia signed a memorandum of understanding on border security. It will be carried out by IGAD.",
    ("mou", ["SOM", "ETH"], ["border_security"], {I: ["IGAD"]}))
doc("en", "Spain and Morocco signed an agreement on police cooperation. Europol will oversee its implementation.",
    ("agreement", ["ESP", "MAR"], ["police_judicial"], {I: ["EUROPOL"]}))
doc("en", "Nigeria and Chad signed a memorandum of understanding on terrorist financing, which will be implemented by the United Nations Office on Drugs and Crime.",
    ("mou", ["NGA", "TCD"], ["terrorist_financing"], {I: ["UNODC"]}))
doc("en", "Italy and Tunisia signed an action plan against irregular migration. Frontex will coordinate the implementation of the action plan.",
    ("action_plan", ["ITA", "TUN"], ["migration"], {I: ["FRONTEX"]}))
doc("en", "Germany and Jordan adopted a roadmap on water management. A joint committee led by Interpol will implement it.",
    ("roadmap", ["DEU", "JOR"], ["environment"], {I: ["INTERPOL"]}))
doc("en", "France and Mali signed a defence agreement in Bamako. The agreement will be monitored by the United Nations.",
    ("agreement", ["FRA", "MLI"], ["military"], {I: ["UN"]}))
doc("en", "Kenya and Uganda signed a memorandum of understanding on cross-border crime. The Kenyan police will be responsible for its implementation.",
    ("mou", ["KEN", "UGA"], ["police_judicial"], {I: ["KEN"]}))
doc("en", "Ghana and Denmark signed a partnership agreement on health. UNICEF will run the programme under the agreement.",
    ("partnership", ["GHA", "DNK"], ["health"]))
doc("en", "Sweden and Finland signed a letter of intent on maritime security. The letter of intent will be implemented under the supervision of the European Union.",
    ("letter_of_intent", ["SWE", "FIN"], ["maritime"], {I: ["EU"]}))
doc("en", "Kenya and Somalia signed a security agreement in Nairobi. The Kenyan government has implemented new tax rules.",
    ("agreement", ["KEN", "SOM"], []))
doc("en", "France and Mali signed a cooperation agreement on education after talks led by Senegal.",
    ("agreement", ["FRA", "MLI"], ["education"]))
doc("en", "Norway and Somalia signed an agreement on development aid. The Somali ministry of finance implemented a similar programme last year.",
    ("agreement", ["NOR", "SOM"], ["development"]))
doc("en", "Ghana and Togo signed an agreement on maritime security. Under the agreement the navies of both countries will patrol the Gulf of Guinea.",
    ("agreement", ["GHA", "TGO"], ["maritime", "military"]))
doc("en", "Kenya and the Netherlands signed a memorandum of understanding on Tuesday. The MOU implements the 2016 joint declaration on countering violent extremism.",
    ("mou", ["KEN", "NLD"], ["violent_extremism"], {B: ["joint_declaration:2016"]}))
doc("en", "In 2016 Kenya and Norway signed a joint declaration on counter-terrorism. In 2019 Kenya and Norway signed a memorandum of understanding that builds on the 2016 joint declaration.",
    ("joint_declaration", ["KEN", "NOR"], ["counter_terrorism"]),
    ("mou", ["KEN", "NOR"], [], {B: ["joint_declaration:2016@0"]}))
doc("en", "Germany and France signed a new defence treaty that replaces the 1963 Elysee Treaty.",
    ("treaty", ["DEU", "FRA"], ["military"], {B: ["treaty:1963"]}))
doc("en", "Building on the 2015 framework agreement, Uganda and Tanzania signed a memorandum of understanding on the oil pipeline.",
    ("mou", ["UGA", "TZA"], ["energy"], {B: ["agreement:2015"]}))
doc("en", "Spain and Morocco signed an action plan on migration. The action plan follows the 2019 roadmap on border management.",
    ("action_plan", ["ESP", "MAR"], ["migration", "border_security"], {B: ["roadmap:2019"]}))
doc("en", "Indonesia and Australia signed a strategic partnership on Monday. The new partnership extends the 2014 security agreement.",
    ("partnership", ["IDN", "AUS"], [], {B: ["agreement:2014"]}))
doc("en", "Sudan and South Sudan signed a ceasefire in Juba, in line with the 2018 peace agreement.",
    ("ceasefire", ["SDN", "SSD"], ["peace_security"], {B: ["peace_agreement:2018"]}))
doc("en", "The European Union and Tunisia signed a memorandum of understanding on migration. It builds on the cooperation agreement of 2012.",
    ("mou", ["EU", "TUN"], ["migration"], {B: ["agreement:2012"]}))
doc("en", "Japan and India signed an updated action plan on cyber security which supersedes the 2016 action plan.",
    ("action_plan", ["JPN", "IND"], ["cyber"], {B: ["action_plan:2016"]}))
doc("en", "Canada and Mexico signed a protocol that amends the 1994 trade treaty.",
    ("protocol", ["CAN", "MEX"], ["trade_investment"], {B: ["treaty:1994"]}))
doc("en", "Spain and Morocco signed a memorandum of understanding on migration. Talks followed the signing.",
    ("mou", ["ESP", "MAR"], ["migration"]))
doc("en", "Poland and Lithuania signed a treaty on border security. Lithuania will implement the treaty from January.",
    ("treaty", ["POL", "LTU"], ["border_security"], {I: ["LTU"]}))
doc("en", "Sudan and South Sudan signed a ceasefire in Juba on Monday. On Wednesday Sudan accused South Sudan of violating the ceasefire.",
    ("ceasefire", ["SDN", "SSD"], ["peace_security"], {R: ["accused"]}))
doc("en", "Kenya and Somalia signed a security agreement in Nairobi. The African Union welcomed the agreement.",
    ("agreement", ["KEN", "SOM"], [], {R: ["welcomed"]}))
doc("en", "Israel and Hamas agreed a truce on Sunday. On Tuesday Israel accused Hamas of breaking the truce.",
    ("ceasefire", ["ISR", "HAMAS"], ["peace_security"], {R: ["accused"]}))
doc("en", "Ethiopia and Eritrea signed a peace agreement in Riyadh. The United Nations praised the peace agreement.",
    ("peace_agreement", ["ETH", "ERI"], ["peace_security"], {R: ["praised"]}))
doc("en", "Colombia signed a peace agreement with the FARC. The United States welcomed the accord on Tuesday.",
    ("peace_agreement", ["COL", "FARC"], ["peace_security"], {R: ["welcomed"]}))
doc("en", "Russia and Ukraine agreed a ceasefire on Friday. Ukraine accused Russia of violating the ceasefire on Saturday.",
    ("ceasefire", ["RUS", "UKR"], ["peace_security"], {R: ["accused"]}))
doc("en", "The United Kingdom and France signed a treaty on migration. Amnesty International criticised the treaty.",
    ("treaty", ["GBR", "FRA"], ["migration"], {R: ["criticised"]}))
doc("en", "Turkey and the European Union agreed a roadmap on visa liberalisation. Greece condemned the roadmap on Thursday.",
    ("roadmap", ["TUR", "EU"], ["migration"], {R: ["condemned"]}))
doc("en", "Nigeria and Niger signed a memorandum of understanding on intelligence sharing. ECOWAS praised the memorandum.",
    ("mou", ["NGA", "NER"], ["intelligence_sharing"], {R: ["praised"]}))
doc("en", "Egypt and Saudi Arabia signed an agreement on energy in Cairo. Iran condemned the agreement.",
    ("agreement", ["EGY", "SAU"], ["energy"], {R: ["condemned"]}))
doc("en", "India and Pakistan agreed a ceasefire along the border. The United States called for a lasting peace agreement.",
    ("ceasefire", ["IND", "PAK"], ["peace_security", "border_security"]))
doc("nl", "Nederland en Marokko ondertekenden een intentieverklaring over de bestrijding van radicalisering. De intentieverklaring wordt uitgevoerd door de NCTV.",
    ("declaration_of_intent", ["NLD", "MAR"], ["violent_extremism"], {I: ["NCTV"]}))
doc("nl", "België en Nederland sloten een verdrag over politiesamenwerking. Europol ziet toe op de uitvoering.",
    ("treaty", ["BEL", "NLD"], ["police_judicial"], {I: ["EUROPOL"]}))
doc("nl", "Duitsland en Polen ondertekenden een memorandum van overeenstemming over grensbewaking. Het memorandum zal door Frontex worden uitgevoerd.",
    ("mou", ["DEU", "POL"], ["border_security"], {I: ["FRONTEX"]}))
doc("nl", "Kenia en Somalië sloten een akkoord over grensveiligheid, onder coördinatie van IGAD.",
    ("agreement", ["KEN", "SOM"], ["border_security"], {I: ["IGAD"]}))
doc("nl", "Frankrijk en Italië ondertekenden een actieplan tegen mensensmokkel. De Verenigde Naties coördineren de uitvoering van het actieplan.",
    ("action_plan", ["FRA", "ITA"], ["police_judicial"], {I: ["UN"]}))
doc("nl", "Noorwegen en Somalië ondertekenden een partnerschap voor onderwijs. Het partnerschap wordt uitgevoerd door UNICEF.",
    ("partnership", ["NOR", "SOM"], ["education"], {I: ["UNICEF"]}))
doc("nl", "Nederland en Kenia tekenden een memorandum van overeenstemming over terrorismebestrijding. Een werkgroep onder leiding van de NCTV gaat het memorandum uitvoeren.",
    ("mou", ["NLD", "KEN"], ["counter_terrorism"], {I: ["NCTV"]}))
doc("nl", "Spanje en Portugal sloten een overeenkomst over energie. Interpol houdt toezicht op de naleving van de overeenkomst.",
    ("agreement", ["ESP", "PRT"], ["energy"], {I: ["INTERPOL"]}))
doc("nl", "Nederland en België sloten een verdrag over grensbewaking. Het kabinet voert volgend jaar nieuwe belastingregels uit.",
    ("treaty", ["NLD", "BEL"], ["border_security"]))
doc("nl", "Frankrijk en Italië sloten een akkoord over migratie na gesprekken onder leiding van Zwitserland.",
    ("agreement", ["FRA", "ITA"], ["migration"]))
doc("nl", "Oostenrijk en Hongarije sloten een verdrag over grensbewaking. De politie voerde eerder een eigen plan uit.",
    ("treaty", ["AUT", "HUN"], ["border_security"]))
doc("nl", "Nederland en Marokko ondertekenden een memorandum van overeenstemming. Het memorandum bouwt voort op de intentieverklaring van 2016.",
    ("mou", ["NLD", "MAR"], [], {B: ["declaration_of_intent:2016"]}))
doc("nl", "België en Frankrijk sloten een nieuw verdrag over politiesamenwerking. Het nieuwe verdrag vervangt het verdrag uit 2012.",
    ("treaty", ["BEL", "FRA"], ["police_judicial"], {B: ["treaty:2012"]}))
doc("nl", "Duitsland en Nederland ondertekenden een actieplan tegen cybercriminaliteit. Het actieplan is een uitwerking van de gezamenlijke verklaring uit 2018.",
    ("action_plan", ["DEU", "NLD"], ["cyber"], {B: ["joint_declaration:2018"]}))
doc("nl", "De Europese Unie en Turkije sloten een nieuw akkoord over migratie. Het akkoord borduurt voort op de verklaring van 2016.",
    ("agreement", ["EU", "TUR"], ["migration"], {B: ["joint_declaration:2016"]}))
doc("nl", "Kenia en Somalië ondertekenden een memorandum van overeenstemming over grensveiligheid, voortbouwend op het akkoord van 2019.",
    ("mou", ["KEN", "SOM"], ["border_security"], {B: ["agreement:2019"]}))
doc("nl", "In 2017 sloten Nederland en België een verdrag over grensbewaking. In 2020 ondertekenden Nederland en België een protocol dat voortbouwt op het verdrag van 2017.",
    ("treaty", ["NLD", "BEL"], ["border_security"]),
    ("protocol", ["NLD", "BEL"], [], {B: ["treaty:2017@0"]}))
doc("nl", "Frankrijk en Duitsland ondertekenden een verdrag over defensie. Het verdrag vervangt het Verdrag van Aken uit 2019.",
    ("treaty", ["FRA", "DEU"], ["military"], {B: ["treaty:2019"]}))
doc("nl", "Marokko en Spanje sloten een akkoord over visserij. De vissers volgden de onderhandelingen op de voet.",
    ("agreement", ["MAR", "ESP"], ["agriculture"]))
doc("nl", "Israël en Hamas sloten een wapenstilstand. Israël beschuldigde Hamas ervan de wapenstilstand te schenden.",
    ("ceasefire", ["ISR", "HAMAS"], ["peace_security"], {R: ["beschuldigde"]}))
doc("nl", "Kenia en Somalië ondertekenden een veiligheidsakkoord. De Afrikaanse Unie verwelkomde het akkoord.",
    ("agreement", ["KEN", "SOM"], [], {R: ["verwelkomde"]}))
doc("nl", "Ethiopië en Eritrea sloten een vredesakkoord. De Verenigde Naties prezen het vredesakkoord.",
    ("peace_agreement", ["ETH", "ERI"], ["peace_security"], {R: ["prezen"]}))
doc("nl", "Rusland en Oekraïne sloten een wapenstilstand. Oekraïne beschuldigde Rusland van schending van de wapenstilstand.",
    ("ceasefire", ["RUS", "UKR"], ["peace_security"], {R: ["beschuldigde"]}))
doc("nl", "Frankrijk en Duitsland ondertekenden een verdrag over defensie. Rusland veroordeelde het verdrag.",
    ("treaty", ["FRA", "DEU"], ["military"], {R: ["veroordeelde"]}))
doc("nl", "Turkije en de Europese Unie sloten een akkoord over migratie. Griekenland bekritiseerde het akkoord.",
    ("agreement", ["TUR", "EU"], ["migration"], {R: ["bekritiseerde"]}))
doc("nl", "Colombia sloot een vredesakkoord met de FARC. De Verenigde Staten steunden het vredesakkoord.",
    ("peace_agreement", ["COL", "FARC"], ["peace_security"], {R: ["steunden"]}))
doc("nl", "Soedan en Zuid-Soedan sloten een wapenstilstand. Egypte prees de wapenstilstand.",
    ("ceasefire", ["SDN", "SSD"], ["peace_security"], {R: ["prees"]}))
doc("nl", "India en Pakistan sloten een wapenstilstand. De Verenigde Staten riepen op tot een duurzaam vredesakkoord.",
    ("ceasefire", ["IND", "PAK"], ["peace_security"]))

# ---- Relations, written after the rules and not tuned on: what to expect on new text ----
doc("en", "Rwanda and Burundi signed an agreement on border trade in Kigali. The deal will be overseen by the East African Community.",
    ("agreement", ["RWA", "BDI"], ["trade_investment", "border_security"], {I: ["East African Community"]}))
doc("en", "Greece and Egypt signed a maritime treaty on Thursday. The treaty supersedes the 2003 accord on fisheries.",
    ("treaty", ["GRC", "EGY"], ["maritime", "agriculture"], {B: ["agreement:2003"]}))
doc("en", "Kosovo and Serbia agreed a roadmap in Brussels. Serbia accused Kosovo of ignoring the roadmap.",
    ("roadmap", ["XKX", "SRB"], [], {R: ["accused"]}))
doc("en", "Norway and Colombia signed a memorandum of understanding on demining. The Colombian army will carry out the memorandum.",
    ("mou", ["NOR", "COL"], ["military"], {I: ["COL"]}))
doc("en", "Mozambique and Rwanda signed a security agreement. The agreement was implemented quickly.",
    ("agreement", ["MOZ", "RWA"], []))
doc("en", "Chile and Peru signed a protocol on fisheries, extending the 2014 agreement on maritime borders.",
    ("protocol", ["CHL", "PER"], ["agriculture", "maritime", "border_security"], {B: ["agreement:2014"]}))
doc("en", "Lebanon and Cyprus signed an agreement on maritime borders. Turkey rejected the agreement on Friday.",
    ("agreement", ["LBN", "CYP"], ["maritime", "border_security"], {R: ["rejected"]}))
doc("en", "Austria and Slovenia signed a cooperation agreement on police training. The police academies of both countries will implement new curricula.",
    ("agreement", ["AUT", "SVN"], ["police_judicial", "capacity_building"]))
doc("nl", "Nederland en Duitsland sloten een verdrag over waterbeheer. Rijkswaterstaat voert het verdrag uit.",
    ("treaty", ["NLD", "DEU"], ["environment"], {I: ["Rijkswaterstaat"]}))
doc("nl", "België en Luxemburg ondertekenden een memorandum over energie. Het memorandum wordt uitgevoerd door de Europese Commissie.",
    ("mou", ["BEL", "LUX"], ["energy"], {I: ["EU"]}))
doc("nl", "Spanje en Frankrijk sloten een akkoord over grenscontroles, dat het akkoord uit 2015 vervangt.",
    ("agreement", ["ESP", "FRA"], ["border_security"], {B: ["agreement:2015"]}))
doc("nl", "Egypte en Israël sloten een wapenstilstand. Hamas bekritiseerde de wapenstilstand.",
    ("ceasefire", ["EGY", "ISR"], ["peace_security"], {R: ["bekritiseerde"]}))
doc("nl", "Zweden en Noorwegen ondertekenden een intentieverklaring over defensie. Het ministerie van Defensie heeft eerder nieuwe regels geïmplementeerd.",
    ("declaration_of_intent", ["SWE", "NOR"], ["military"]))
doc("nl", "Portugal en Brazilië tekenden een protocol over onderwijs, in aanvulling op het verdrag van 2000.",
    ("protocol", ["PRT", "BRA"], ["education"], {B: ["treaty:2000"]}))

# ---- Negatives for split verbs and verb-final clauses (added with those rules) ----
doc("nl", "Duitsland en Polen sloten een akkoord over energie. De regering vult de voorraden later aan.",
    ("agreement", ["DEU", "POL"], ["energy"]))
doc("nl", "Frankrijk en Spanje ondertekenden een verdrag over migratie, dat de samenwerking uit 2015 vervangt.",
    ("treaty", ["FRA", "ESP"], ["migration"]))
doc("nl", "Italië en Griekenland sloten een akkoord over visserij. De kustwacht voert de controles uit.",
    ("agreement", ["ITA", "GRC"], ["agriculture"]))
doc("en", "Norway and Kenya signed a memorandum of understanding on youth exchanges. A municipal Sports Office, which coordinates football camps in Bergen, hosted the visitors.",
    ("mou", ["NOR", "KEN"], ["education"]))
doc("en", "Qatar and Iran concluded an agreement in Doha on Sunday, which soon led to a second round of talks.",
    ("agreement", ["QAT", "IRN"], []))

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "gold.jsonl"), "w", encoding="utf-8") as f:
        for d in D:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    n = sum(len(d["agreements"]) for d in D)
    print(f"{len(D)} documents, {n} agreements")
