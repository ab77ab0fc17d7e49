// Repairs of parses the coder meets often enough to fix before reading
// them, each switched on per language by a `rule` in the lexicon.
#pragma once
#include <optional>
#include <string>

#include "events/lexicon.h"
#include "nlp/conllu.h"

namespace dyad::events {

struct ArgActor;

// rule final-participle (Dutch): "België heeft als reactie Rwandese
// diplomaten tot persona non grata verklaard" parsed with "heeft" as the
// root and the clause-final participle hung under one of its dependents.
// The participle becomes the root, the auxiliary its aux (aux:pass for a
// passive auxiliary), the auxiliary's dependents its own; with a perfect
// auxiliary ("hebben") a passive subject is the object, and with no subject
// the auxiliary's unmarked object is the subject. Returns the repaired
// sentence and, in `what`, a line for --explain; nothing when the rule is off
// or the parse has no such flaw.
std::optional<nlp::ParsedSentence> repair_final_participle(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                           std::string* what = nullptr);

// rule two-subjects: "hebben de Verenigde Staten de Afghaanse tak …
// gebombardeerd" parsed with a subject and a passive subject on one verb and
// no passive auxiliary: a clause has one subject, and the passive one is the
// object.
std::optional<nlp::ParsedSentence> repair_two_subjects(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                       std::string* what = nullptr);

// rule subjectless-perfect (Dutch): "heeft de Congolese regering beslist
// om het consulaat te sluiten" with the subject read as the object of a
// perfect participle that has no subject but a clause of its own: the one
// bare noun phrase before the verb is its subject.
std::optional<nlp::ParsedSentence> repair_subjectless_perfect(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                              std::string* what = nullptr);

// rule split-perfect (Dutch): "Nederland heeft … de ministers … ontvangen"
// parsed with the auxiliary as the root, its subject on it, and the
// participle as a clause of it with the object as a second subject: the
// participle is the verb, the auxiliary's subject its subject and the
// participle's "subject" after that its object.
std::optional<nlp::ParsedSentence> repair_split_perfect(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                        std::string* what = nullptr);

// rule aux-noun-verb: "De president zal volgende week Kenia bezoeken" with
// the infinitive tagged as a noun: a noun with a (non-passive) auxiliary and
// no determiner, copula or case of its own is that verb, its first bare
// noun phrase (not a time) its object. So is such a noun with an infinitive's
// ending (class INFINITIVE_END) hung as a phrase on a modal verb (class
// MODAL: "Beide landen willen harder samenwerken"), the modal's complement.
std::optional<nlp::ParsedSentence> repair_aux_noun(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                   std::string* what = nullptr);

// rule determined-verb: "veroordeelde de onaanvaardbare aanvallen van de
// rebellen" with the plural noun tagged as an infinitive: a verb with a
// determiner before it and no subject, object, auxiliary or marker of its
// own is a noun; as its verb's complement it is the object.
std::optional<nlp::ParsedSentence> repair_determined_verb(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                          std::string* what = nullptr);

// rule time-apposition: "bezocht vorige maand Mexico" with the name hung on
// the time noun: a name in apposition to a time phrase of a verb with no
// object is its object.
std::optional<nlp::ParsedSentence> repair_time_apposition(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                          std::string* what = nullptr);

// rule time-noun (Dutch): "wees die beschuldiging dinsdagavond van de hand",
// "viel dinsdag de stad aan" parsed with the bare time noun as a second
// subject, a particle or a noun's modifier or apposition (and "van de
// hand" hung on it):
// a time word (class TIME, or a compound ending in one) with no determiner
// or preposition is a time of its clause's verb, and the phrases on it are
// the verb's.
std::optional<nlp::ParsedSentence> repair_time_noun(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                    std::string* what);

// rule pronoun-subject (Dutch): "zei dat het veertien strijders had
// gedood" parsed with the personal pronoun "het" as the determiner of the
// noun after it, which becomes the subject. A personal pronoun is no
// determiner: it is the clause's subject, and a noun that held the subject
// relation is its object.
std::optional<nlp::ParsedSentence> repair_pronoun_subject(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                          std::string* what);

// rule partitive-object: "shot down two of the missiles", "schoot twee van
// de raketten neer" parsed with the counted noun as an oblique phrase (case
// word of class PARTITIVE) and the number on it: the verb's object, when it
// has none.
std::optional<nlp::ParsedSentence> repair_partitive_object(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                           std::string* what);

// rule preconj-object: "urged both the army and the rebels to …", "condemned
// both Russia and Belarus" parsed with the first noun as a conjunct of the
// verb: a noun after the verb that opens with "both"/"either" (cc:preconj)
// is its object, when it has none.
std::optional<nlp::ParsedSentence> repair_preconj_object(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                         std::string* what);

// rule infinitive-object (Dutch): "besloten nieuwe sancties op te leggen"
// parsed with the noun as the object of the finite verb: an object between
// a verb (not one of object control, "vroeg België … te sluiten") and its
// te-infinitive with none of its own is the infinitive's.
std::optional<nlp::ParsedSentence> repair_infinitive_object(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                            std::string* what);

// rule inserted-phrase-object: "X received, on Monday in Abuja, the
// Ghanaian Vice President Y" parsed with the object as an apposition of the
// inserted place or time: a noun in apposition to an oblique of a verb with
// no object, set off by a comma, is the verb's object.
std::optional<nlp::ParsedSentence> repair_inserted_phrase_object(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                                 std::string* what);

// rule unmarked-obl-object: "met army chief Abdel X in Nairobi" parsed with
// the name as an oblique phrase with no preposition: a name (not a time) hung
// bare on a verb with no object, after it, is its object.
std::optional<nlp::ParsedSentence> repair_unmarked_obl_object(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                              std::string* what);

// rule object-participle (English): "handed over a Dutch citizen wanted
// for smuggling to the police" parsed with the participle as a clause the
// verb takes and the noun as its subject. A past participle with no
// auxiliary right after that noun, taken by a verb with no object that is
// no verb of saying, modifies the noun, which is the verb's object.
std::optional<nlp::ParsedSentence> repair_object_participle(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                            std::string* what);

// rule particle-object (English): "handed over the remains of two
// hostages" parsed with "over" as the preposition of an oblique phrase. A
// preposition right after a verb that the lexicon knows with it as its
// particle ("hand+over"), heading an oblique of that verb when the verb has
// no object, is the particle, and the phrase the object.
std::optional<nlp::ParsedSentence> repair_particle_object(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                          std::string* what);

// rule split-particle (Dutch): "De minister riep China op de vissers vrij
// te laten", "riepen beide presidenten Venezuela op af te zien van …"
// parsed with the object as a second subject or an apposition and "op" as a
// preposition. A finite verb the lexicon knows with a particle, the particle
// right after the noun phrase that follows the verb: the particle is its
// particle, that noun phrase its object, a noun phrase between them (or the
// word before the verb) its subject.
std::optional<nlp::ParsedSentence> repair_split_particle(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                         std::string* what);

// rule relative-subject (English): "Oman, which has often acted as a
// go-between, offered to help …" parsed with the relative clause's verb as
// the clause and the real verb hung below it. A name set off by commas
// around a relative clause ("X, which …,"), followed by a finite verb the
// relative clause does not govern by a clause of its own, is that verb's
// subject; the relative clause modifies the name.
std::optional<nlp::ParsedSentence> repair_relative_subject(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                           std::string* what);

// rule parallel-object: "thanked Kenya for its support and Norway for
// hosting the talks" parsed with the second name as a conjunct inside the
// first reason phrase. A noun conjoined inside a verb's phrase opened by a
// REASON word ("for", "voor"), and followed at once by the same word, opens
// a second "object for reason" pair: it is a conjunct of the verb's object,
// and the reason after it is its own.
std::optional<nlp::ParsedSentence> repair_parallel_object(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                          std::string* what);

// rule time-verb (Dutch): "heeft woensdag … overgedragen" with the weekday
// tagged as the clause's verb: the time word is an oblique of the clause's
// last participle, which takes over its dependents.
std::optional<nlp::ParsedSentence> repair_time_verb(const Lexicon& lex, const nlp::ParsedSentence& s, std::string* what);

// rule participle-modifier (English): "Insurgents linked to the Islamic
// State attacked the village" parsed with the participle as the clause's verb
// and "attacked" as its adverbial clause with "State" for a subject (or the
// other way round). A past participle with no auxiliary, right after its
// bare noun subject and followed by a preposition, before a finite verb it
// is joined to, modifies that noun: the noun is the finite verb's subject,
// the prepositional phrase the participle's.
std::optional<nlp::ParsedSentence> repair_participle_modifier(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                              std::string* what);

// rule report-subject (English): "… in a deal mediated by Oman, French
// and Iranian officials said." parsed with the speakers as conjuncts of the
// phrase before them and the verb of saying without a subject. A verb of
// saying with no subject right after such conjuncts, the first set off by a
// comma, has them as its subject.
std::optional<nlp::ParsedSentence> repair_report_subject(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                         std::string* what);

// rule noun-verb-infinitive (English): "The Royal Thai Government calls
// upon Cambodia to take responsibility" tagged with "calls" as a plural noun
// compounded with "Government" and the subject of "take". A noun in -s right
// after a compound noun, with a partner phrase and an infinitive with "to"
// as its head, is the verb: the compound its subject, the infinitive its
// complement.
std::optional<nlp::ParsedSentence> repair_noun_verb_infinitive(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                               std::string* what = nullptr);

// rule noun-root-verb (English): "The Secretary-General welcomes the
// signing of …" tagged with "welcomes" as a noun, the root, its title as
// modifiers and "signing" as its subject. A root noun whose subject follows
// it is the verb: the modifiers before it make the subject (the nearest its
// head), the later "subject" the object. So is one in -s the lexicon knows
// as an event verb with a noun phrase after it in apposition.
std::optional<nlp::ParsedSentence> repair_noun_root(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                    std::string* what = nullptr);

// rule acl-main-verb (English): "Both countries accused the other of
// shooting first" parsed with "accused" as a participle modifying
// "countries" and the adjective "other" as the root. A root without a verb or
// copula whose subject carries such a participle between them has that
// participle as its verb: the subject is its subject, the old root its object.
std::optional<nlp::ParsedSentence> repair_acl_main_verb(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                        std::string* what = nullptr);

// rule set-off-subject: "Foreign Secretary Misri, who arrived on Sunday,
// extended an invitation …" parsed with the subject, set off by a relative
// clause or an apposition between commas, as a parataxis (or dep) of the
// verb. A finite verb with no subject whose first dependent is such a noun
// phrase, ending in a comma right before the verb, has it as its subject.
std::optional<nlp::ParsedSentence> repair_set_off_subject(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                          std::string* what = nullptr);

// rule intro-appos-subject: "In a statement on Thursday, Cambodia's foreign
// ministry said …" parsed with the subject as an apposition of the
// introductory phrase's noun. A verb with no subject whose introductory
// phrase, closed by a comma, carries an apposition running up to the verb
// has that apposition as its subject.
std::optional<nlp::ParsedSentence> repair_intro_appos_subject(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                              std::string* what = nullptr);

// rule subordinator-subject (English): "The decision came as the Malian
// army and its allies carried out strikes" with "as" read as a preposition,
// so that the subordinate clause's subject hangs on the main verb. A
// SUBORDINATOR preposition on a noun phrase that runs up to a finite verb
// with no subject of its own makes that phrase the verb's subject and marks
// the verb's clause; a noun the parser made the verb's subject after "and"
// joins the phrase.
std::optional<nlp::ParsedSentence> repair_subordinator_subject(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                               std::string* what = nullptr);

// rule gerund-small-clause (English): "withdrew landing rights for a plane
// carrying a minister" parsed with the gerund as a complement clause of the
// verb and the noun before it as its subject: a verb with no object of its
// own takes that noun as object, and the gerund (no marker, no auxiliary)
// modifies the noun right before it.
std::optional<nlp::ParsedSentence> repair_gerund_small_clause(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                              std::string* what = nullptr);

// rule report-clause (English): "Beijing announced it would provide aid"
// parsed with the reported verb as the root and the verb of saying as a
// participle on its subject ("Beijing announced", acl) or as a parenthetical
// (parataxis): the verb of saying, followed by the reported clause's own
// subject, is the root, and the reported verb its complement (ccomp).
std::optional<nlp::ParsedSentence> repair_report_clause(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                        std::string* what = nullptr);

// rule split-names (Dutch): "zei dat Rusland Oekraïne had aangevallen",
// "dat Nederland Oekraïne 300 miljoen euro geeft" parsed with the second
// name as a flat part of the first, the subject. When the actor layer found
// two parties there (two mentions of different principals), the second is
// the verb's object, or its indirect object when the verb has one already.
// And "Van Leeuwen belde dezelfde dag …" with the name's particle read as a
// preposition: a name the actor layer found opening the clause is the
// verb's subject (and a subject the parser gave the verb instead, a phrase).
std::optional<nlp::ParsedSentence> repair_split_names(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                      const std::vector<ArgActor>& actors, std::string* what = nullptr);

}  // namespace dyad::events
