"""Mentions that are not acts (issue 9 precision classes, round-3 spot check).

Characterisations ("the Ruritanian threat"), topic nominals ("amid concerns over"),
forecasts ("will likely"), wishes ("want their government to"), necessities ("was necessary
to resist"), "help" meaning facilitate, generic group actors ("other countries") and negating
adverbs ("seldom"). Each test pairs the non-act with a contrast sentence that stays an event,
so that a rule cannot pass by coding nothing. Sentences are written for these tests, with
fictional states from the shared name table.
"""

from __future__ import annotations

from name_table import FICTIONAL_STATES, code_with_names

NAMES = {**FICTIONAL_STATES, "Osterlich": ("OST", "GPE"), "Osterlichian": ("OST", "NORP"),
         "Sylvania": ("SYL", "GPE"), "Sylvanian": ("SYL", "NORP")}


def _code(nlp, text: str):
    return code_with_names(nlp, text, NAMES)


def _of_type(events, category: str):
    return [e for e in events if e.event_type == category]


def _codes(entities) -> set[str | None]:
    return {e.country_code for e in entities}


def test_a_threat_that_characterises_a_party_is_no_threaten(nlp):
    assert not _of_type(_code(nlp, "Sylvania will focus on deterrence against the "
                                   "Ruritanian threat."), "THREATEN")
    assert not _of_type(_code(nlp, "Freedonia condemned the launch as a possible threat to "
                                   "Freedonian interests."), "THREATEN")


def test_a_threat_issued_or_with_content_stays_a_threaten(nlp):
    issued = _of_type(_code(nlp, "Ruritania issued a threat against Freedonia."), "THREATEN")
    assert len(issued) == 1 and _codes(issued[0].actor) == {"RUR"}
    content = _of_type(_code(nlp, "Ruritania's threats to shell the border towns alarmed "
                                  "Freedonia."), "THREATEN")
    assert len(content) == 1 and _codes(content[0].actor) == {"RUR"}


def test_aggression_as_a_characterisation_is_no_assault(nlp):
    events = _code(nlp, "Sylvania criticised Ruritania's aggression in the northern strait.")
    assert not _of_type(events, "ASSAULT")
    assert _of_type(events, "ACCUSE")


def test_an_actorless_nominal_after_amid_is_a_topic(nlp):
    events = _code(nlp, "Sylvanian leaders met on Monday amid concerns over Ruritanian "
                        "fishing policy.")
    assert not _of_type(events, "ACCUSE")


def test_a_generic_future_nominal_after_a_preposition_is_a_topic(nlp):
    events = _code(nlp, "Officials in Sylvania are building leverage for future "
                        "negotiations with Ruritania.")
    assert not _of_type(events, "AGREE") and not _of_type(events, "CONSULT")
    planned = _code(nlp, "Sylvania will hold negotiations with Ruritania next week.")
    assert _of_type(planned, "AGREE")


def test_a_forecast_is_hypothetical_not_a_commitment(nlp):
    events = _code(nlp, "Sylvanian officials said Osterlich will likely increase cooperation "
                        "with Sylvania.")  # an analyst's forecast is not coded at all (modality)
    assert not _of_type(events, "AGREE")
    coop = _of_type(events, "COOPERATE")
    assert len(coop) == 1 and coop[0].hypothetical and not coop[0].future
    pledged = _code(nlp, "Osterlich will increase cooperation with Sylvania, its president "
                         "said.")
    assert _of_type(pledged, "AGREE") and not _of_type(pledged, "COOPERATE")


def test_a_modal_on_a_governing_verb_makes_the_act_hypothetical(nlp):
    events = _code(nlp, "Osterlich may have to consider asking Ruritania to withdraw its "
                        "ships.")
    requests = _of_type(events, "REQUEST")
    assert requests and all(e.hypothetical and not e.future for e in requests)


def test_what_someone_wants_another_party_to_do_is_no_act(nlp):
    events = _code(nlp, "Fishermen in Sylvania want their government to step up opposition "
                        "to Ruritania.")
    assert not _of_type(events, "ACCUSE")
    done = _code(nlp, "The Sylvanian government stepped up its opposition to Ruritania.")
    assert _of_type(done, "ACCUSE")


def test_the_infinitive_of_an_adjective_of_necessity_is_no_act(nlp):
    events = _code(nlp, "The envoy told Osterlich that deterrence was necessary to resist "
                        "Ruritania in the strait.")
    assert not _of_type(events, "REJECT")
    resisted = _code(nlp, "Osterlich resisted Ruritania's demands in the strait.")
    assert _of_type(resisted, "REJECT")


def test_help_by_a_thing_means_facilitate_not_aid(nlp):
    events = _code(nlp, "The revised shipping law will help Ruritania tighten control over "
                        "the bay.")
    assert not _of_type(events, "AID") and not _of_type(events, "AGREE")
    given = _of_type(_code(nlp, "Osterlich helped Sylvania build a new harbour."), "AID")
    assert len(given) == 1 and _codes(given[0].actor) == {"OST"}


def test_an_act_of_a_generic_group_is_not_coded(nlp):
    events = _code(nlp, "Other countries are resisting Ruritanian expansion too, analysts "
                        "say.")
    assert not _of_type(events, "REJECT")
    named = _code(nlp, "Sylvania is resisting Ruritanian expansion too, analysts say.")
    assert _of_type(named, "REJECT")


def test_seldom_and_rarely_negate_the_act(nlp):
    seldom = _of_type(_code(nlp, "Osterlich seldom criticized Ruritania in public."),
                      "ACCUSE")
    assert len(seldom) == 1 and seldom[0].negated
    plain = _of_type(_code(nlp, "Osterlich often criticized Ruritania in public."), "ACCUSE")
    assert len(plain) == 1 and not plain[0].negated


def test_a_negating_adverb_does_not_spread_to_the_next_clause(nlp):
    events = _code(nlp, "Osterlich rarely criticized Ruritania and instead accepted "
                        "Ruritanian loans.")
    assert not _of_type(events, "REJECT")


def test_a_present_when_clause_under_an_obligation_is_a_general_condition(nlp):
    events = _code(nlp, "Osterlich has to respond when its fishermen are being attacked.")
    assert not _of_type(events, "ASSAULT")
    past = _code(nlp, "Osterlich fired on the boats when Ruritania attacked its fishermen.")
    assert len(_of_type(past, "ASSAULT")) == 2


def test_a_whenever_clause_is_a_general_condition(nlp):
    events = _code(nlp, "Sylvania will retaliate whenever Ruritania seizes its boats.")
    assert not [e for e in events if e.event_type == "COERCE"]


def test_with_an_eye_to_is_no_meeting_partner(nlp):
    events = _code(nlp, "The government of Sylvania is reviewing its offshore rights with an "
                        "eye to oil.")
    assert not _of_type(events, "CONSULT")
    met = _of_type(_code(nlp, "Sylvania reviewed with Osterlich the progress of the border "
                              "plan."), "CONSULT")
    assert len(met) == 1 and {"SYL", "OST"} <= _codes((*met[0].actor, *met[0].recipient))


def test_facing_measures_in_the_present_with_no_one_imposing_them_is_a_state(nlp):
    events = _code(nlp, "Ruritania faces strong international restrictions on its "
                        "shipping.")
    assert not _of_type(events, "COERCE")
    imposed = _code(nlp, "Ruritania faced new Osterlichian restrictions on its shipping.")
    assert _of_type(imposed, "COERCE")


def test_a_likelihood_adverb_on_a_verbless_answer_flags_nothing(nlp):
    events = _of_type(_code(nlp, "Probably the Ruritanian attack on Sylvania."), "ASSAULT")
    assert len(events) == 1 and not events[0].hypothetical


def test_attacking_a_plan_is_a_verbal_attack(nlp):
    events = _code(nlp, "Osterlich's president attacked Sylvania's fishing plan in a speech.")
    assert not _of_type(events, "ASSAULT")
    accuse = _of_type(events, "ACCUSE")
    assert len(accuse) == 1 and accuse[0].mode == "disapprove"
    armed = _code(nlp, "Osterlichian troops attacked Sylvanian positions near the river.")
    assert _of_type(armed, "ASSAULT") and not _of_type(armed, "ACCUSE")


def test_firing_a_minister_is_a_dismissal(nlp):
    assert not _of_type(_code(nlp, "The Sylvanian premier fired his defense minister on "
                                   "Friday."), "ASSAULT")
    fired = _of_type(_code(nlp, "Ruritania fired two missiles at Sylvania on Friday."),
                     "ASSAULT")
    assert len(fired) == 1 and _codes(fired[0].recipient) == {"SYL"}


def test_targeting_a_figure_is_no_attack(nlp):
    assert not _of_type(_code(nlp, "Osterlich is targeting 6% growth next year."), "ASSAULT")
    struck = _code(nlp, "Ruritanian jets struck three Sylvanian villages overnight.")
    assert _of_type(struck, "ASSAULT")


def test_a_match_result_is_no_attack(nlp):
    assert not _of_type(_code(nlp, "Sylvania beat Ruritania 2-1 in the regional cup "
                                   "qualifier."), "ASSAULT")


def test_verbs_of_non_occurrence_negate_their_complement(nlp):
    cases = ["Osterlich failed to reach a deal with Sylvania on the dam.",
             "Osterlich refrained from criticizing Ruritania.",
             "Osterlich has yet to condemn Ruritania.",
             "Osterlich avoided direct criticism of Ruritania."]
    for text in cases:
        events = [e for e in _code(nlp, text) if e.event_type in {"AGREE", "ACCUSE"}]
        assert events and all(e.negated for e in events), text
    done = _of_type(_code(nlp, "Osterlich managed to reach a deal with Sylvania."), "AGREE")
    assert done and not done[0].negated


def test_yet_to_condemn_does_not_negate_the_condemned_act(nlp):
    events = _code(nlp, "Osterlich has yet to condemn Ruritania's invasion of Sylvania.")
    assault = _of_type(events, "ASSAULT")
    assert assault and not assault[0].negated


def test_a_no_subject_negates_the_act(nlp):
    events = _of_type(_code(nlp, "No country has recognized the Ruritanian government."),
                      "SUPPORT")
    assert events and events[0].negated


def test_a_war_on_a_social_ill_is_no_assault(nlp):
    assert not _of_type(_code(nlp, "Sylvania's war on drugs has cost billions."), "ASSAULT")
    war = _of_type(_code(nlp, "Ruritania's war against Sylvania entered its third year."),
                   "ASSAULT")
    assert war and "RUR" in _codes(war[0].actor)


def test_what_an_agreement_requires_is_no_act(nlp):
    events = _code(nlp, "The agreement requires Osterlich and Sylvania to withdraw their "
                        "troops.")
    assert not _of_type(events, "RETREAT")
    done = _code(nlp, "Osterlich and Sylvania withdrew their troops from the border.")
    assert _of_type(done, "RETREAT")


def test_a_standing_provision_and_the_act_it_bans_are_no_events(nlp):
    events = _code(nlp, "The treaty bans nuclear tests by Osterlich and Sylvania.")
    assert not _of_type(events, "MOBILIZE") and not _of_type(events, "COERCE")
    enacted = _code(nlp, "Sylvania's new law bans Ruritanian refugees from leaving the "
                         "camps.")
    assert _of_type(enacted, "COERCE")


def test_a_texts_verbal_act_is_its_authors_statement(nlp):
    events = _of_type(_code(nlp, "The Sylvanian resolution condemns Ruritania's blockade."),
                      "ACCUSE")
    assert events and "SYL" in _codes(events[0].actor)


def test_a_point_of_comparison_is_no_event(nlp):
    events = _code(nlp, "Osterlich wants a body that is similar to an arrangement between "
                        "Sylvania and Ruritania.")
    assert not _of_type(events, "AGREE")
    made = _code(nlp, "Sylvania and Ruritania reached an arrangement on Friday.")
    assert _of_type(made, "AGREE")


def test_a_condition_does_not_reach_a_sibling_while_clause(nlp):
    events = _code(nlp, "While Ruritania has urged Sylvania to withdraw the ship, Sylvania "
                        "has vowed to resist if Ruritania tries to seize it.")
    requests = _of_type(events, "REQUEST")
    assert requests and not requests[0].hypothetical


def test_a_vow_to_resist_is_a_refusal_or_under_a_condition_a_threat(nlp):
    plain = _code(nlp, "Sylvania vowed to resist Ruritanian pressure over the islands.")
    assert _of_type(plain, "REJECT") and not _of_type(plain, "AGREE")
    conditional = _code(nlp, "Sylvania vowed to resist if Ruritania tries to seize the "
                             "islands.")
    assert _of_type(conditional, "THREATEN") and not _of_type(conditional, "AGREE")


def test_a_participle_clause_shares_the_modal_of_its_head(nlp):
    events = _code(nlp, "The dispute may deepen mistrust while pushing Sylvania to increase "
                        "security cooperation with Osterlich, Ruritanian officials say.")
    coop = _of_type(events, "COOPERATE")
    assert coop and coop[0].hypothetical and not _of_type(events, "AGREE")


def test_what_a_party_is_permitted_to_do_is_no_act(nlp):
    events = _code(nlp, "Ruritania said it would permit Sylvania to deliver supplies to its "
                        "outpost only if it first notifies Ruritania.")
    assert not _of_type(events, "AID")


def test_blasting_boats_with_water_cannons_is_an_assault(nlp):
    events = _code(nlp, "Ruritanian coast guard ships blasted Sylvanian patrol boats with "
                        "water cannons.")
    assert _of_type(events, "ASSAULT") and not _of_type(events, "ACCUSE")
    verbal = _code(nlp, "Ruritania blasted Sylvania's decision to expel its envoy.")
    assert _of_type(verbal, "ACCUSE") and not _of_type(verbal, "ASSAULT")


def test_insisting_on_a_fact_is_no_request(nlp):
    events = _code(nlp, "Ruritania insisted that it had exercised restraint toward Sylvania.")
    assert not _of_type(events, "REQUEST")
    demand = _code(nlp, "Ruritania insisted that Sylvania withdraw its ships.")
    assert _of_type(demand, "REQUEST")


def test_capturing_soldiers_is_an_act_of_war(nlp):
    events = _code(nlp, "Sylvanian forces captured two Ruritanian soldiers near the border.")
    assaults = _of_type(events, "ASSAULT")
    assert assaults and assaults[0].mode == "abduct" and not _of_type(events, "COERCE")
    arrest = _code(nlp, "Sylvanian police captured two Ruritanian smugglers near the border.")
    assert _of_type(arrest, "COERCE")


def test_refusing_to_rule_out_force_is_a_threat(nlp):
    events = _code(nlp, "Osterlich refused to rule out using military force against "
                        "Sylvania.")
    assert _of_type(events, "THREATEN") and not _of_type(events, "REJECT")
    refusal = _code(nlp, "Osterlich refused to meet Sylvania's envoy.")
    assert _of_type(refusal, "REJECT")


def test_the_act_in_a_denied_role_is_not_coded_for_the_denier(nlp):
    events = _code(nlp, "Ruritania denied any role in the shelling of the Sylvanian "
                        "hospital.")
    assert _of_type(events, "REJECT") and not _of_type(events, "ASSAULT")


def test_a_rejected_allegation_stays_its_authors_accusation(nlp):
    events = _code(nlp, "Ruritania rejected Sylvania's allegation that it shelled the "
                        "hospital.")
    accuse = _of_type(events, "ACCUSE")
    assert accuse and _codes(accuse[0].actor) == {"SYL"}


def test_battling_wildfires_is_no_assault(nlp):
    assert not _of_type(_code(nlp, "Sylvanian firefighters battled the wildfires for a "
                                   "week."), "ASSAULT")
    assert _of_type(_code(nlp, "Sylvanian troops battled Ruritanian fighters for a week."),
                    "ASSAULT")


def test_a_duty_described_is_no_act(nlp):
    events = _code(nlp, "Osterlichian envoys are responsible for criticizing Ruritania's "
                        "policies at the council.")
    assert not _of_type(events, "ACCUSE")
    done = _code(nlp, "Osterlichian envoys criticized Ruritania's policies at the council.")
    assert _of_type(done, "ACCUSE")


def test_forces_or_victims_arriving_is_no_visit(nlp):
    assert not _of_type(_code(nlp, "Osterlichian peacekeepers arrived in Sylvania on "
                                   "Wednesday."), "CONSULT")
    visit = _of_type(_code(nlp, "The Osterlichian foreign minister arrived in Sylvania on "
                                "Wednesday."), "CONSULT")
    assert visit and _codes(visit[0].recipient) == {"SYL"}
