extension BuiltinRegimes {
  /// New York RAISE Act as amended: SB 53-aligned definitions, reports,
  /// incident reporting and registration.
  static let nyRAISE2026 = #"""
    format: liability-regime/1
    id: ny-raise-2026
    title: New York RAISE Act, as amended (GBL Art. 44-B, §§1420-1429)
    version: Chapter amendment A9449 / S8828 (2026), repealing and re-adding Art. 44-B
    kind: law
    jurisdictions: [US-NY]
    in_force: {from: 2027-01-01}
    scope: presence
    url: https://www.nysenate.gov/legislation/bills/2025/A9449
    description: >-
      The RAISE Act as amended by the 2026 chapter amendment (law.md §4b), which repeals the
      Article 44-B signed on 19 Dec 2025 (see ny-raise-2025) and re-adds it as §§1420-1429 with
      definitions aligned to California SB 53. The signature (reportedly 27 Mar 2026) and the
      effective date of 1 Jan 2027 come from secondary sources. Scope (§1425): the article
      applies to frontier models "developed, deployed, or operating in whole or in part in New
      York state"; law.md marks the exact amended wording U (a secondary summary gives these
      words). Encoded as `presence`: a developer established in New York, or whose own services
      or products bring the model there, is covered. One whose model reaches New York only
      through others is assigned the duties with an `extraterritorial` finding. No open-source
      exemption. Enforcement by the Attorney General: up to $1M for a first violation and $3M
      for later ones (S). Citations: law.md cites only §1421 and §1422; the subdivision numbers
      given here (§1421(3), §1422(2)(a), (3)(a), (3)(b)) come from cross-references and
      excerpts of the amended text read for this pack and are not confirmed by law.md, which is
      why those rules are secondary.
    definitions:
      frontier-model:
        # §1420 (S): a foundation model trained using more than 10^26 operations, counting the
        # original run and later fine-tuning or other material modifications by the developer.
        # Foundation model approximated by general_purpose.
        general_purpose: true
        cumulative_compute_flop: {gt: 1.0e26}
      large-frontier-developer:
        # §1420 (S): with its affiliates, more than $500M gross revenue in the preceding
        # calendar year. The file's revenue_usd must already include affiliates.
        party_revenue_usd: {gt: 5.0e8}
      ny-academic-research:
        # §1426 (S): academic research at accredited New York colleges and universities
        # (also Empire AI, which has no fact). Approximated by party_kind academic established
        # in New York; whether the work is academic research is not checked.
        party_kind: [academic]
        established_in: [US-NY]
    roles:
      frontier-developer:
        graph_roles: [pre-trainer, modifier]
        description: >-
          Frontier developer (§1420, S): a person that trained, or began training, a frontier
          model. A modifier qualifies only when its own compute crosses 10^26
          (cumulative_compute_flop counts only its own lineage), as read for SB 53.
      large-frontier-developer:
        graph_roles: [pre-trainer, modifier]
        description: >-
          Large frontier developer (§1420, S): a frontier developer with, together with its
          affiliates, more than $500M gross revenue in the preceding calendar year.
    rules:
      - id: ny-raise-2026/1421-1
        duty: frontier-ai-framework
        title: >-
          Write, implement, comply with and clearly and conspicuously publish a frontier AI
          framework describing in detail the ten listed elements (standards, capability
          thresholds, mitigations, deployment review, third-party assessment, updates, weight
          security, incident response, governance, internal-use risk)
        role: large-frontier-developer
        when: {frontier-model: true, large-frontier-developer: true}
        exempt:
          - when: {ny-academic-research: true}
            because: §1426 exception for academic research at accredited New York institutions (secondary source).
        needs:
          information: [evaluations, capabilities-limitations]
        citation: GBL §1421(1) (as amended)
        status: verified
      - id: ny-raise-2026/1421-3
        duty: transparency-report
        title: >-
          Before deploying a new or substantially modified frontier model, publish a
          transparency report (website, contact, release date, languages, output modalities,
          intended uses, use restrictions); a model or system card suffices
        role: frontier-developer
        when: {frontier-model: true}
        exempt:
          - when: {ny-academic-research: true}
            because: §1426 exception for academic research at accredited New York institutions (secondary source).
        needs:
          information: [intended-use, capabilities-limitations]
        citation: GBL §1421(3) (as amended)
        status: secondary
        note: >-
          law.md takes the content from a secondary summary (nysgpt §1421). The subdivision
          number comes from §1421(1)(f) of the amended text, which refers to disclosures "pursuant
          to subdivision three". Deployment is not a fact, so the rule is assigned for every
          frontier model in scope.
      - id: ny-raise-2026/1421-3-large
        duty: transparency-report-risk-summaries
        title: >-
          Add to the transparency report summaries of the catastrophic-risk assessments, their
          results, third-party involvement and other framework steps
        role: large-frontier-developer
        when: {frontier-model: true, large-frontier-developer: true}
        exempt:
          - when: {ny-academic-research: true}
            because: §1426 exception for academic research at accredited New York institutions (secondary source).
        needs:
          information: [evaluations, capabilities-limitations]
        citation: GBL §1421(3) (as amended)
        status: secondary
      - id: ny-raise-2026/1422-2
        duty: internal-use-risk-summaries
        title: >-
          Transmit to the DFS office a summary of any assessment of catastrophic risk from
          internal use of its frontier models every three months (or on another agreed schedule)
        role: large-frontier-developer
        when: {frontier-model: true, large-frontier-developer: true}
        exempt:
          - when: {ny-academic-research: true}
            because: §1426 exception for academic research at accredited New York institutions (secondary source).
        needs:
          information: [evaluations, capabilities-limitations]
        citation: GBL §1422(2)(a) (as amended)
        status: secondary
      - id: ny-raise-2026/1422-3-a
        duty: critical-safety-incident-report
        title: >-
          Report any critical safety incident pertaining to one or more of its frontier models to
          the DFS office within 72 hours of determining that it occurred, or of learning facts
          sufficient for a reasonable belief that it occurred
        role: frontier-developer
        when: {frontier-model: true}
        exempt:
          - when: {ny-academic-research: true}
            because: §1426 exception for academic research at accredited New York institutions (secondary source).
        needs:
          information: [incident-details]
        citation: GBL §1422(3)(a) (as amended)
        status: secondary
        note: >-
          Incident details sit with the product vendor, so `misallocated` is expected where the
          developer runs no product. The statute-mirror text of §1422(3) (nysenate.gov) matches
          law.md's secondary summary.
      - id: ny-raise-2026/1422-3-b
        duty: imminent-risk-incident-disclosure
        title: >-
          If a critical safety incident poses an imminent risk of death or serious physical
          injury, disclose it within 24 hours to an appropriate law enforcement or public safety
          authority
        role: frontier-developer
        when: {frontier-model: true}
        exempt:
          - when: {ny-academic-research: true}
            because: §1426 exception for academic research at accredited New York institutions (secondary source).
        needs:
          information: [incident-details]
        citation: GBL §1422(3)(b) (as amended)
        status: secondary
        note: Imminence is not a fact; assigned as a standing duty for every frontier model in scope.
      - id: ny-raise-2026/1428
        duty: disclosure-statement-registration
        title: >-
          Do not develop, deploy or operate a frontier model in whole or in part in New York
          without a current disclosure statement filed with the DFS office (identity, addresses,
          owners of 5% or more if private, 50% or more if public, contacts) and payment of the
          assessed share of costs; renew every two years, on transfer of ownership and on material
          change
        role: large-frontier-developer
        when: {frontier-model: true, large-frontier-developer: true}
        exempt:
          - when: {ny-academic-research: true}
            because: §1426 exception for academic research at accredited New York institutions (secondary source).
        citation: GBL §1428 (as amended)
        status: secondary
        note: >-
          law.md rates the text "V-ish" (read on newyork.public.law), and the amendment's date is
          S, so the rule is marked secondary. It needs only facts about the developer itself,
          none of the information items. The statute's own trigger is "in whole or in part in New
          York state", so the `extraterritorial` finding marks exactly where that reach is
          contestable. Late filing costs $1,000 a day (S).
      - id: ny-raise-2026/deployment-prohibition
        duty: no-deployment-if-unreasonable-risk
        title: >-
          Do not deploy a frontier model if doing so would create an unreasonable risk of
          critical harm (the as-signed §1421(2), if the amendment kept it)
        role: large-frontier-developer
        when: {frontier-model: true, large-frontier-developer: true}
        exempt:
          - when: {ny-academic-research: true}
            because: §1426 exception for academic research at accredited New York institutions (secondary source).
        needs:
          information: [evaluations, capabilities-limitations]
        citation: GBL §1421(2) (as signed; retention in the amended article unconfirmed)
        status: unverified
        note: >-
          law.md: one source says the prohibition was retained (U). The amended §1421 read in a
          nysenate.gov excerpt opens with the framework duty and does not show a prohibition.
          Kept only so the comparison with ny-raise-2025 shows it; remove it if the amended text
          lacks it.
    """#
}
