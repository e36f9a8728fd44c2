extension BuiltinRegimes {
  /// California SB 53 (2025), the Transparency in Frontier AI Act: frontier and
  /// large frontier developers, framework, transparency reports, incident reporting.
  static let caSB53 = #"""
    format: liability-regime/1
    id: ca-sb53
    title: California Transparency in Frontier Artificial Intelligence Act (SB 53)
    version: SB 53 (Wiener), Stats. 2025, ch. 138, approved 29 Sep 2025
    kind: law
    jurisdictions: [US-CA]
    in_force: {from: 2026-01-01}
    scope: market
    url: https://leginfo.legislature.ca.gov/faces/billNavClient.xhtml?bill_id=202520260SB53
    description: >-
      Adds Bus. & Prof. Code §§22757.10-22757.16 and Lab. Code §§1107-1107.2. Operative date:
      the chaptered text states none for these sections (the only operative clause, Gov. Code
      §11546.8(k), concerns CalCompute and waits for an appropriation), so it is taken as
      California's default for a regular-session statute, 1 January 2026 (Cal. Const. art. IV,
      §8(c)); law.md marks that date unverified. Territorial reach: the text has no territorial
      clause (law.md §3, checked against the chaptered text). The duties attach to every
      "frontier developer" wherever it is, limited only by the presumption against
      extraterritorial application of California statutes and by due process. Encoded as
      `market`: the rules reach a developer established in California or whose frontier model
      is offered or used in California through anyone. Because the statute does not itself
      demand presence in California, reach only through others is not flagged
      `extraterritorial`; use the NY RAISE packs (`presence`) to see that finding. No
      open-source exemption (the open-source community appears only as a stakeholder in
      §22757.14(b)(2)). The civil penalty (§22757.15) names only large frontier developers.
    definitions:
      frontier-model:
        # §22757.11(i): a foundation model trained with more than 10^26 operations, counting
        # the developer's own later fine-tuning, RL and other material modifications.
        # §22757.11(f) foundation model is approximated by general_purpose.
        general_purpose: true
        cumulative_compute_flop: {gt: 1.0e26}
      large-frontier-developer:
        # §22757.11(j): with its affiliates, more than $500M gross revenue in the preceding
        # calendar year. The file's revenue_usd must already include affiliates.
        party_revenue_usd: {gt: 5.0e8}
    roles:
      frontier-developer:
        graph_roles: [pre-trainer, modifier]
        description: >-
          Frontier developer (§22757.11(h)): a person that trained, or began training, a
          frontier model using itself at least 10^26 operations. A pre-trainer qualifies through
          its model's compute (plus its own later fine-tuning, when the file records that
          compute on the model). A modifier qualifies only when its own compute crosses the
          threshold, since cumulative_compute_flop counts only the modifier's own lineage; a
          small fine-tune of someone else's frontier model does not make the fine-tuner a
          frontier developer (law.md §3 interpretation, marked U there); the unverified rule
          ca-sb53/22757.12-c-1-fine-tuner shows the wider reading beside it.
      large-frontier-developer:
        graph_roles: [pre-trainer, modifier]
        description: >-
          Large frontier developer (§22757.11(j)): a frontier developer whose revenue, together
          with its affiliates, exceeded $500,000,000 in the preceding calendar year. Same graph
          roles as frontier-developer. The rules add the revenue test.
    rules:
      - id: ca-sb53/22757.12-a
        duty: frontier-ai-framework
        title: >-
          Write, implement, comply with and clearly and conspicuously publish a frontier AI
          framework covering the ten listed elements (standards, capability thresholds,
          mitigations, deployment review, third-party assessment, updates, weight security,
          incident response, governance, internal-use risk)
        role: large-frontier-developer
        when: {frontier-model: true, large-frontier-developer: true}
        needs:
          information: [evaluations, capabilities-limitations]
        citation: Bus. & Prof. Code §22757.12(a)
        status: verified
        note: >-
          The framework applies to all the developer's frontier models; the engine assigns it
          once per frontier model. Revenue must include affiliates (§22757.11(a), (j)) and be for
          the preceding calendar year; the tool has no affiliate relation and no revenue year.
      - id: ca-sb53/22757.12-b
        duty: frontier-ai-framework-review
        title: >-
          Review the frontier AI framework at least once a year; publish a materially modified
          framework with a justification within 30 days
        role: large-frontier-developer
        when: {frontier-model: true, large-frontier-developer: true}
        needs:
          information: [evaluations, capabilities-limitations]
        citation: Bus. & Prof. Code §22757.12(b)(1)-(2)
        status: verified
      - id: ca-sb53/22757.12-c-1-fine-tuner
        duty: transparency-report
        title: >-
          If a small fine-tune of another developer's frontier model makes the fine-tuner a
          frontier developer, publish a transparency report for the modified model
        role: frontier-developer
        when:
          graph_role: [modifier]
          general_purpose: true
          base_compute_flop: {gt: 1.0e26}
          cumulative_compute_flop: {lte: 1.0e26}
        needs:
          information: [intended-use, capabilities-limitations]
        citation: Bus. & Prof. Code §22757.11(h), (i); §22757.12(c)
        status: unverified
        note: >-
          Shown so the open question is visible: §22757.11(h) defines a frontier developer as a
          person that "has trained, or initiated the training of, a frontier model"; whether a
          fine-tuner whose own compute stays under 10^26 has trained a frontier model (the
          base's compute counted) is unsettled. The other rules of this pack take the narrower
          reading (law.md §3, marked U there).
      - id: ca-sb53/22757.12-c-1
        duty: transparency-report
        title: >-
          Before or when deploying a new or substantially modified frontier model, publish a
          transparency report: website, contact mechanism, release date, languages, output
          modalities, intended uses, general use restrictions (a model or system card suffices)
        role: frontier-developer
        when: {frontier-model: true}
        needs:
          information: [intended-use, capabilities-limitations]
        citation: Bus. & Prof. Code §22757.12(c)(1), (c)(3)
        status: verified
        note: >-
          Due at deployment (§22757.11(e): making the model available to a third party for use,
          modification, copying or combination, which covers releasing weights). The tool has no
          fact for "deployed", so the rule is assigned for every frontier model in scope, deployed
          or not. §22757.15 attaches a penalty only to large frontier developers.
      - id: ca-sb53/22757.12-c-2
        duty: transparency-report-risk-summaries
        title: >-
          Add to the transparency report summaries of the catastrophic-risk assessments under
          the framework, their results, the involvement of third-party evaluators and other
          framework steps taken for the model
        role: large-frontier-developer
        when: {frontier-model: true, large-frontier-developer: true}
        needs:
          information: [evaluations, capabilities-limitations]
        citation: Bus. & Prof. Code §22757.12(c)(2)
        status: verified
      - id: ca-sb53/22757.12-d
        duty: internal-use-risk-summaries
        title: >-
          Transmit to the Office of Emergency Services a summary of any assessment of
          catastrophic risk from internal use of its frontier models every three months (or on
          another reasonable schedule communicated in writing)
        role: large-frontier-developer
        when: {frontier-model: true, large-frontier-developer: true}
        needs:
          information: [evaluations, capabilities-limitations]
        citation: Bus. & Prof. Code §22757.12(d); §22757.13(b)
        status: verified
      - id: ca-sb53/22757.12-e
        duty: no-misleading-risk-statements
        title: >-
          Make no materially false or misleading statement about catastrophic risk from its
          frontier models or its management of it (a large frontier developer also none about
          its framework compliance); good-faith reasonable statements excepted
        role: frontier-developer
        when: {frontier-model: true}
        needs:
          information: [evaluations, capabilities-limitations]
        citation: Bus. & Prof. Code §22757.12(e)(1)(A)-(B), (e)(2)
        status: verified
        note: >-
          A prohibition; the information listed is what a developer needs to speak accurately.
          The (e)(1)(B) framework limb applies only to large frontier developers and is folded
          into this rule.
      - id: ca-sb53/22757.12-f
        duty: redaction-record
        title: >-
          Where it redacts a published compliance document, describe the character and
          justification of each redaction in the published version, and keep the unredacted
          information for five years
        role: frontier-developer
        when: {frontier-model: true}
        needs:
          information: [evaluations, capabilities-limitations]
        citation: Bus. & Prof. Code §22757.12(f)(2)
        status: verified
        note: >-
          Applies only if the developer redacts (allowed for trade secrets, cybersecurity, public
          safety, national security or to comply with law, §22757.12(f)(1)); the vocabulary has
          no fact for a redaction, so the duty is shown as standing. It needs the unredacted
          documents, which only the developer holds.
      - id: ca-sb53/22757.13-c-1
        duty: critical-safety-incident-report
        title: >-
          Report any critical safety incident pertaining to one or more of its frontier models
          to the Office of Emergency Services within 15 days of discovering it
        role: frontier-developer
        when: {frontier-model: true}
        needs:
          information: [incident-details]
        citation: Bus. & Prof. Code §22757.13(c)(1)
        status: verified
        note: >-
          Incident details usually sit with the product vendor or deployer where the model
          meets users, so the engine reports `misallocated` where the developer does not run
          the product. A developer may instead comply with a designated federal standard after
          declaring it to OES (§22757.13(h)-(i)); not encoded (no fact). §22757.15 attaches a
          penalty only to large frontier developers.
      - id: ca-sb53/22757.13-c-2
        duty: imminent-risk-incident-disclosure
        title: >-
          If a critical safety incident poses an imminent risk of death or serious physical
          injury, disclose it within 24 hours to an appropriate authority (law enforcement or
          public safety agency with jurisdiction)
        role: frontier-developer
        when: {frontier-model: true}
        needs:
          information: [incident-details]
        citation: Bus. & Prof. Code §22757.13(c)(2)
        status: verified
        note: >-
          Imminent risk of death or serious injury is not a fact the tool has; the rule is
          assigned as a standing duty for every frontier model in scope.
      - id: ca-sb53/lab-1107.1-a-d
        duty: whistleblower-protection
        title: >-
          Make, adopt, enforce or enter into no rule, policy or contract that prevents or
          retaliates against a covered employee's disclosure of catastrophic-risk dangers or
          violations (to the AG, a federal authority or a person with authority); no contract
          barring disclosures under §1102.5; give covered employees clear notice of their rights
        role: frontier-developer
        when: {frontier-model: true}
        citation: Lab. Code §1107.1(a)-(d)
        status: verified
        note: >-
          An employer duty owed to covered employees (§1107(b)); it needs no model information
          and is assigned once per frontier model the developer has.
      - id: ca-sb53/lab-1107.1-e
        duty: anonymous-internal-reporting
        title: >-
          Provide a reasonable internal process for covered employees to disclose anonymously,
          with monthly status updates to the discloser and quarterly sharing with officers and
          directors
        role: large-frontier-developer
        when: {frontier-model: true, large-frontier-developer: true}
        citation: Lab. Code §1107.1(e)
        status: verified
    """#
}
