extension BuiltinRegimes {
  /// Colorado SB 24-205 (historical): developer and deployer duties for high-risk
  /// systems in consequential-decision areas, the small-deployer exemption.
  static let coloradoSB24205 = #"""
    format: liability-regime/1
    id: co-sb24-205
    title: Colorado Artificial Intelligence Act (SB 24-205)
    version: SB 24-205, C.R.S. 6-1-1701 to 6-1-1707 (approved 17 May 2024)
    kind: historical
    jurisdictions: [US-CO]
    in_force: {from: 2026-06-30, to: 2027-01-01}
    scope: presence
    url: https://leg.colorado.gov/bills/sb24-205
    description: >-
      Developer and deployer duties for high-risk AI systems: systems that make, or are a
      substantial factor in making, a consequential decision about a Colorado consumer's
      education, employment, financial or lending service, essential government service, health
      care, housing, insurance or legal service (6-1-1701(3), (9)); plus an AI-interaction
      disclosure for any consumer-facing system (6-1-1704). HISTORICAL: repealed and re-enacted
      by SB 26-189 (signed 14 May 2026, effective 1 January 2027, per law.md and the Colorado
      AG), which replaces these duties with an automated-decision-making-technology disclosure
      regime; this pack's in_force ends on 2027-01-01 on the assumption that the repeal takes
      effect with the re-enactment. Secondary sources differ: some say SB 24-205 was repealed
      before it ever took effect, and that AG enforcement was suspended from April 2026 pending
      the xAI lawsuit (neither is in law.md; unverified). Start date: the enacted text says
      "on and after February 1, 2026"; SB 25B-004 moved it to 30 June 2026 (secondary: jdsupra,
      govtech). Territory: developers and deployers are persons "doing business in this state"
      (6-1-1701(6), (7)) and consumers are Colorado residents (6-1-1701(4)). Consumers: a
      system is high-risk here only through products offered in Colorado (a product marketed
      in `US` counts) that are in a consequential-decision area. Doing business: scope
      `presence`; a party established in Colorado, or whose own services or products are
      offered there, is covered; a party whose system reaches Colorado only through others is
      assigned the duties with an `extraterritorial` finding. Enforcement by the AG
      alone as an unfair trade practice, no private right of action (6-1-1706(1), (2), (6));
      affirmative defence for violations discovered and cured while complying with the NIST AI
      RMF and ISO/IEC 42001, an equivalent framework, or one the AG designates (6-1-1706(3)), not
      modelled. No open-source
      exemption in the text.
    definitions:
      # 6-1-1701(3), (9)(a): a consequential decision in one of the eight areas. `government-services`
      # stands for "essential government service"; `essential-services` (the EU Annex III area,
      # which also covers private services) is not counted.
      # Only products offered to Colorado consumers count (6-1-1701(4)).
      high-risk:
        risk_areas_in_scope: [education, employment, financial-services, lending,
          government-services, healthcare, housing, insurance, legal-services]
      # 6-1-1703(6)(a): fewer than fifty full-time-equivalent employees, and it does not use
      # its own data to train the system: read as not developing a model the system runs.
      small-deployer:
        party_employees: {lt: 50}
        party_trains_system: false
      # The vendor of a product deploys it itself unless the product lists its deployers.
      deploys-itself:
        any:
          - graph_role: [deployer]
          - deployers_listed: false
    roles:
      developer:
        graph_roles: [pre-trainer, modifier, product-vendor]
        description: >-
          A person doing business in Colorado that develops, or intentionally and substantially
          modifies, an AI system (6-1-1701(7)). The vendor of a product develops that system;
          the developers of the models it runs are developers too. Every modifier is counted:
          the vocabulary cannot
          test whether its change creates a new reasonably foreseeable risk of algorithmic
          discrimination (6-1-1701(10)(a)) or falls within the continued-learning exclusion
          (6-1-1701(10)(b)).
      original-developer:
        graph_roles: [pre-trainer, product-vendor]
        description: >-
          A developer that developed the AI system from scratch (6-1-1701(7)): the pre-trainer
          of a model, or the vendor of a product (its documentation of training data then rests
          on what the models' developers give it)
      modifying-developer:
        graph_roles: [modifier]
        description: >-
          A developer that intentionally and substantially modified another's AI system
          (6-1-1701(7), (10)); it holds the data of its own modification, not the base's
      deployer:
        graph_roles: [product-vendor, deployer]
        description: >-
          A person doing business in Colorado that deploys (uses) a high-risk AI system
          (6-1-1701(5), (6)): every party recorded as deploying the product or service, and the
          product's vendor only when the product lists no deployers (it then uses the system
          itself; 6-1-1702(3)(b) contemplates a developer that also deploys).
      consumer-facing-offeror:
        graph_roles: [product-vendor, deployer]
        description: >-
          A deployer or other developer that deploys, offers or otherwise makes available an AI
          system intended to interact with consumers (6-1-1704(1))
    rules:
      # Developer duties (6-1-1702)
      - id: co-sb24-205/1702-1
        duty: reasonable-care-against-discrimination
        title: >-
          Use reasonable care to protect consumers from known or reasonably foreseeable risks of
          algorithmic discrimination from the system's intended and contracted uses
        role: developer
        when: {high-risk: true}
        needs:
          information: [intended-use, capabilities-limitations, evaluations]
        citation: C.R.S. 6-1-1702(1)
        answers_for_harm: [discrimination]
        status: verified
        note: >-
          Compliance with 6-1-1702 gives a rebuttable presumption of reasonable care in an AG
          action. "High-risk" is read from the risk areas of the products the model reaches; the
          vocabulary cannot test "substantial factor" (6-1-1701(11)) or the exclusions of
          6-1-1701(9)(b) (narrow procedural tasks, listed technologies, natural-language tools
          under an acceptable-use policy), nor the exemptions of 6-1-1705(5)-(8).
      - id: co-sb24-205/1702-2
        duty: deployer-documentation
        title: >-
          Give deployers and other developers the statement of foreseeable and harmful uses, and
          documentation of training data, limitations, purpose, benefits, evaluation, data
          governance, mitigation and monitoring
        role: original-developer
        when: {high-risk: true}
        needs:
          information: [intended-use, capabilities-limitations, training-data, evaluations]
        citation: C.R.S. 6-1-1702(2), (6)
        status: verified
        note: >-
          6-1-1702(6): no duty to disclose trade secrets, legally protected information, or
          information that would create a security risk (not modelled). The documentation goes
          to deployers and to other developers, so a modifier downstream is among the recipients.
      - id: co-sb24-205/1702-2-modifier
        duty: deployer-documentation
        title: >-
          Give deployers and other developers the same documentation for the modified system,
          including a summary of the data used for the modification
        role: modifying-developer
        when: {high-risk: true}
        needs:
          information: [intended-use, capabilities-limitations, fine-tune-data, evaluations]
        citation: C.R.S. 6-1-1702(2), (6)
        status: verified
        note: >-
          The statute asks for summaries of the data used to train the whole system; the modifier
          holds only its own fine-tune data and depends for the rest on the documentation the
          original developer owes it as "other developer" (6-1-1702(2)). The vocabulary tracks
          information per model, so that upstream dependency is not checked here.
      - id: co-sb24-205/1702-3
        duty: impact-assessment-documentation
        title: >-
          Give deployers the documentation (model cards, dataset cards, impact assessments) they
          need to complete their impact assessment
        role: original-developer
        when: {high-risk: true}
        needs:
          information: [training-data, evaluations, capabilities-limitations]
        citation: C.R.S. 6-1-1702(3)
        status: verified
        note: >-
          6-1-1702(3)(b): a developer that is also the deployer need not generate it unless the
          system is provided to an unaffiliated deployer. The vocabulary has no fact for
          affiliation or for whether the developer also deploys, so the exception is not applied.
      - id: co-sb24-205/1702-3-modifier
        duty: impact-assessment-documentation
        title: >-
          Give deployers the documentation of the modified system they need to complete their
          impact assessment
        role: modifying-developer
        when: {high-risk: true}
        needs:
          information: [fine-tune-data, evaluations, capabilities-limitations]
        citation: C.R.S. 6-1-1702(3)
        status: verified
        note: As co-sb24-205/1702-3 and co-sb24-205/1702-2-modifier.
      - id: co-sb24-205/1702-4
        duty: public-statement
        title: >-
          Publish on its website a statement of the high-risk systems it makes available and how
          it manages discrimination risks; update within 90 days of an intentional and
          substantial modification
        role: developer
        when: {high-risk: true}
        needs:
          information: [intended-use, capabilities-limitations]
        citation: C.R.S. 6-1-1702(4)
        status: verified
      - id: co-sb24-205/1702-5
        duty: discrimination-notice
        title: >-
          Disclose known or reasonably foreseeable discrimination risks to the AG and all known
          deployers within 90 days of discovering them or of a credible deployer report
        role: developer
        when: {high-risk: true}
        needs:
          information: [incident-details, evaluations]
        citation: C.R.S. 6-1-1702(5)
        status: verified
        note: >-
          Triggered by the developer's own testing or a deployer's credible report; the vocabulary
          has no fact for either, so the duty is shown as standing. Incident details sit with the
          product vendor, which is why the statute relies on deployer reports.
      # Deployer duties (6-1-1703)
      - id: co-sb24-205/1703-1
        duty: reasonable-care-against-discrimination
        title: >-
          Use reasonable care to protect consumers from known or reasonably foreseeable risks of
          algorithmic discrimination
        role: deployer
        when: {high-risk: true, deploys-itself: true}
        needs:
          information: [intended-use, usage-logs]
        citation: C.R.S. 6-1-1703(1)
        answers_for_harm: [discrimination]
        status: verified
      - id: co-sb24-205/1703-2
        duty: risk-management-program
        title: >-
          Implement an iterative risk-management policy and program, reasonable against NIST AI
          RMF, ISO/IEC 42001 or an equivalent framework
        role: deployer
        when: {high-risk: true, deploys-itself: true}
        exempt:
          - when: {small-deployer: true}
            because: &small >-
              6-1-1703(6): a deployer with fewer than fifty full-time-equivalent employees that
              does not use its own data to train the system is exempt from 6-1-1703(2), (3) and
              (5). Checked: the headcount (employees, not FTE). Approximated: "does not use its own
              data to train the system" is read as developing no model the system runs (nor one
              of their bases); a deployer whose data a vendor trains on is not caught. Assumed,
              as the vocabulary cannot state them: it uses the system for
              the intended uses the developer disclosed, the system keeps learning only from
              others' data, and it makes the developer's impact assessment available to
              consumers.
        needs:
          information: [intended-use, usage-logs]
        citation: C.R.S. 6-1-1703(2), (6)
        status: verified
      - id: co-sb24-205/1703-3
        duty: impact-assessment
        title: >-
          Complete an impact assessment before deployment, annually and within 90 days of an
          intentional and substantial modification; review annually; keep records three years
        role: deployer
        when: {high-risk: true, deploys-itself: true}
        exempt:
          - when: {small-deployer: true}
            because: *small
        needs:
          information: [intended-use, usage-logs, incident-details]
        citation: C.R.S. 6-1-1703(3), (6)
        status: verified
        note: >-
          The assessment relies on the developer's documentation (6-1-1702(3)); the vocabulary
          checks information per subject (the product), so that dependency on the upstream
          model's facts is not checked. 6-1-1703(3)(e): an assessment made for another law that is
          reasonably similar suffices (not modelled).
      - id: co-sb24-205/1703-4
        duty: consequential-decision-notice
        title: >-
          Notify the consumer before a consequential decision; for an adverse decision give the
          principal reasons, a chance to correct data, and an appeal with human review where
          feasible
        role: deployer
        when: {high-risk: true, deploys-itself: true}
        needs:
          information: [intended-use, usage-logs]
        citation: C.R.S. 6-1-1703(4)
        status: verified
        note: No small-deployer exemption (6-1-1703(6) covers (2), (3) and (5) only).
      - id: co-sb24-205/1703-5
        duty: public-statement
        title: >-
          Publish on its website the high-risk systems it deploys, how it manages discrimination
          risks, and the information it collects and uses
        role: deployer
        when: {high-risk: true, deploys-itself: true}
        exempt:
          - when: {small-deployer: true}
            because: *small
        needs:
          information: [intended-use]
        citation: C.R.S. 6-1-1703(5), (6)
        status: verified
      - id: co-sb24-205/1703-7
        duty: discrimination-notice
        title: Notify the AG within 90 days of discovering that the system has caused algorithmic discrimination
        role: deployer
        when: {high-risk: true, deploys-itself: true}
        needs:
          information: [incident-details]
        citation: C.R.S. 6-1-1703(7)
        status: verified
        note: >-
          Triggered by a discovery; the vocabulary has no fact for one (an incident's `harm` is
          free text), so the duty is shown as standing.
      # Any consumer-facing AI system (6-1-1704)
      - id: co-sb24-205/1704
        duty: ai-interaction-notice
        title: Tell each consumer who interacts with the AI system that it is an AI system, unless that is obvious
        role: consumer-facing-offeror
        when: {users: [consumers]}
        needs:
          information: [user-facing-claims]
          control: [change-deployment-configuration]
        citation: C.R.S. 6-1-1704
        status: verified
        note: >-
          Applies at any risk level. "Intended to interact with consumers" is read as a product
          whose users are consumers; the obviousness exception (6-1-1704(2)) is not modelled.
    """#
}
