extension BuiltinRegimes {
  /// New York RAISE Act as signed (GBL Art 44-B): large developers, safety
  /// protocols, the deployment prohibition; scope "in whole or in part in New York".
  static let nyRAISE2025 = #"""
    format: liability-regime/1
    id: ny-raise-2025
    title: New York RAISE Act, as signed (GBL Art. 44-B, 2025)
    version: S6953-B / A6453-B, ch. 699 of 2025, signed 19 Dec 2025
    kind: historical
    jurisdictions: [US-NY]
    in_force: {from: 2026-03-19, to: 2027-01-01}
    scope: presence
    url: https://nyassembly.gov/leg/?Text=Y&bn=A06453
    description: >-
      The Responsible AI Safety and Education Act as signed on 19 Dec 2025 (law.md §4a),
      before the 2026 chapter amendment (see ny-raise-2026), which repeals this Article 44-B and
      re-adds it. Dates are unverified: law.md gives only the signing date. The pack starts on
      the 90th day after signing (19 Mar 2026), taking the 90-day effective clause reported by a
      secondary source (AI Alliance campaign page), and ends on 1 Jan 2027, when the amended
      article reportedly takes effect (S). If the repeal ran from the amendment's signature
      (reportedly 27 Mar 2026), the as-signed text was in force for at most a few days, or never.
      The window is the widest plausible one, so the as-signed text can be compared on 2026
      dates. Scope (§1424 as signed, quoted by a secondary source): the article "shall only
      apply to frontier models that are developed, deployed, or operating in whole or in part in
      New York state". Encoded as `presence`: a large developer established in New York, or
      whose own services or products bring the model there, is covered. A developer wholly
      outside New York whose model reaches New York only through others is assigned the duties
      with an `extraterritorial` finding ("operating in part in New York" can be read to reach
      it). No open-source exemption.
    definitions:
      frontier-by-training:
        # §1420(6)(a): trained using more than 10^26 operations at a compute cost above $100M.
        # Read literally, per model: its own training compute and its own cost. (SB 53 and the
        # 2026 amendment count the developer's later fine-tuning; law.md does not say the
        # signed text did, and the cost limb has no cumulative counterpart here.)
        training_compute_flop: {gt: 1.0e26}
        training_cost_usd: {gt: 1.0e8}
      frontier-by-distillation:
        # §1420(6)(b): produced by knowledge distillation from a frontier model in (a) (a
        # teacher above 10^26 operations and $100M), at a compute cost above $5M: the
        # distillation link's cost_usd, or else the student's whole training cost.
        lineage_relation: [distill]
        base_compute_flop: {gt: 1.0e26}
        base_cost_usd: {gt: 1.0e8}
        any:
          - modification_cost_usd: {gt: 5.0e6}
          - training_cost_usd: {gt: 5.0e6}
      frontier-model:
        any:
          - {frontier-by-training: true}
          - {frontier-by-distillation: true}
      # §1420(9): a large developer has spent over $100M in aggregate compute costs training
      # frontier models. A model under (a) costs that by itself; for a distilled model the
      # training costs of the party's frontier models, summed, must exceed it (unknown, so not
      # assigned and shown as open in a trace, when one of them states no cost).
      large-developer-model:
        any:
          - {frontier-by-training: true}
          - frontier-by-distillation: true
            party_frontier_cost_usd: {gt: 1.0e8}
      academic-research:
        # §1420(9): accredited colleges and universities doing academic research are not
        # large developers (S). party_kind academic approximates both limbs.
        party_kind: [academic]
    roles:
      large-developer:
        graph_roles: [pre-trainer, modifier]
        description: >-
          Large developer (§1420(9), S): a person that has trained at least one frontier model
          and spent more than $100M in aggregate compute costs training frontier models. A
          frontier model under (a) costs more than $100M by itself, so its developer is a large
          developer. For a distilled model (b) the training costs of the developer's frontier
          models, summed, must exceed $100M (`party_frontier_cost_usd`); the reasons show which
          branch applied.
    rules:
      - id: ny-raise-2025/1421-1-a-c
        duty: safety-and-security-protocol
        title: >-
          Before deploying: implement a written safety and security protocol; retain an
          unredacted copy (with updates) while the model is deployed plus five years;
          conspicuously publish it with appropriate redactions and send it to the Attorney
          General and DHSES; grant them access on request
        role: large-developer
        when: {large-developer-model: true}
        exempt:
          - when: {academic-research: true}
            because: >-
              §1420(9): an accredited college or university doing academic research is not a
              large developer (secondary source; party_kind academic approximates it).
        needs:
          information: [evaluations, capabilities-limitations]
        citation: GBL §1421(1)(a)-(c) (as signed)
        status: verified
        note: >-
          For a distilled model the large-developer test (more than $100M in aggregate on
          frontier models) is assumed, not checked.
      - id: ny-raise-2025/1421-1-d
        duty: test-records
        title: >-
          Record, and retain while deployed plus five years, the specific tests and test results
          used in assessing the frontier model, in enough detail for third parties to replicate
          them
        role: large-developer
        when: {large-developer-model: true}
        exempt:
          - when: {academic-research: true}
            because: §1420(9) academic-research exclusion (secondary source).
        needs:
          information: [evaluations]
        citation: GBL §1421(1)(d) (as signed)
        status: verified
      - id: ny-raise-2025/1421-1-e
        duty: critical-harm-safeguards
        title: Implement appropriate safeguards to prevent unreasonable risk of critical harm
        role: large-developer
        when: {large-developer-model: true}
        exempt:
          - when: {academic-research: true}
            because: §1420(9) academic-research exclusion (secondary source).
        needs:
          information: [evaluations, capabilities-limitations]
        citation: GBL §1421(1)(e) (as signed)
        status: verified
        note: >-
          Critical harm: at least 100 deaths or serious injuries or at least $1B of damage, via
          CBRN weapons or autonomous crime (S).
      - id: ny-raise-2025/1421-2
        duty: no-deployment-if-unreasonable-risk
        title: Do not deploy a frontier model if doing so would create an unreasonable risk of critical harm
        role: large-developer
        when: {large-developer-model: true}
        exempt:
          - when: {academic-research: true}
            because: §1420(9) academic-research exclusion (secondary source).
        needs:
          information: [evaluations, capabilities-limitations]
        citation: GBL §1421(2) (as signed)
        status: verified
        note: Whether the risk is unreasonable is not a fact; assigned for every frontier model.
      - id: ny-raise-2025/1421-3
        duty: annual-protocol-review
        title: >-
          Review the safety and security protocol annually to account for changes in the
          model's capabilities and industry best practices
        role: large-developer
        when: {large-developer-model: true}
        exempt:
          - when: {academic-research: true}
            because: §1420(9) academic-research exclusion (secondary source).
        needs:
          information: [evaluations, capabilities-limitations]
        citation: GBL §1421(3) (as signed)
        status: verified
      - id: ny-raise-2025/safety-incident-72h
        duty: safety-incident-disclosure
        title: Disclose each safety incident affecting the frontier model to DHSES within 72 hours
        role: large-developer
        when: {large-developer-model: true}
        exempt:
          - when: {academic-research: true}
            because: §1420(9) academic-research exclusion (secondary source).
        needs:
          information: [incident-details]
        citation: GBL §1421 (safety incident disclosure; subdivision not checked)
        status: secondary
        note: >-
          law.md takes the 72-hour rule from a secondary source (regulon). Incident details sit
          with the product vendor, so `misallocated` is expected where the developer runs no
          product.
    """#
}
