extension BuiltinRegimes {
  /// California SB 1047 (2024, vetoed), encoded as a counterfactual: covered
  /// models, full shutdown, cluster-operator know-your-customer duties.
  static let caSB1047 = #"""
    format: liability-regime/1
    id: ca-sb1047
    title: California Safe and Secure Innovation for Frontier Artificial Intelligence Models Act (SB 1047)
    version: SB 1047 (Wiener), enrolled 3 Sep 2024; vetoed 29 Sep 2024
    kind: counterfactual
    jurisdictions: [US-CA]
    in_force: {from: 2025-01-01}
    scope: presence
    url: https://leginfo.legislature.ca.gov/faces/billNavClient.xhtml?bill_id=202320240SB1047
    description: >-
      Vetoed 29 Sep 2024; encoded to compare. Not law: the rules say what the enrolled bill would
      have required had it been signed. Dated as if it had taken effect on California's default
      date, 1 Jan 2025 (an assumption). It would have added Bus. & Prof. Code §§22602-22608
      (Chapter 22.6). Sources are secondary (law.md §2: enrolled-text excerpts, the Legislative
      Counsel's digest, the Assembly floor analysis); §22603(a)(1)-(3) and §22604(a)(1)-(5)
      wording was also seen in excerpts of the enrolled text. Territorial reach: law.md found no
      territorial clause (U), so encoded as `presence`: a developer or cluster operator
      established in California, or whose own services or products bring the model there, is
      covered; one whose model reaches California only through others is assigned the duties
      with an `extraterritorial` finding (the reach over development done wholly elsewhere is
      exactly what is contestable).
      No open-source exemption; the full-shutdown duty is the provision open-weight developers
      objected to. From 1 Jan 2027 the bill let the Government Operations Agency reset the
      compute thresholds (the $100M and $10M cost floors stayed, inflation-indexed); the pack
      keeps the pre-2027 thresholds because the later ones were never set.
    definitions:
      covered-by-training:
        # §22602(e)(1)(A)(i): trained with more than 10^26 operations at a cost above $100M
        # (average market price of cloud compute).
        cumulative_compute_flop: {gt: 1.0e26}
        training_cost_usd: {gt: 1.0e8}
      covered-by-fine-tuning:
        # §22602(e)(1)(A)(ii): fine-tuned from a covered model (above 10^26 operations and
        # $100M) with at least 3 x 10^25 operations costing more than $10M (the lineage
        # link's cost_usd).
        graph_role: [modifier]
        modification_compute_flop: {gte: 3.0e25}
        modification_cost_usd: {gt: 1.0e7}
        base_compute_flop: {gt: 1.0e26}
        base_cost_usd: {gt: 1.0e8}
      cluster-at-covered-scale:
        # Stand-in for §22604's trigger: the host serves a model trained above 10^26.
        served_compute_flop: {gt: 1.0e26}
      covered-model:
        any:
          - {covered-by-training: true}
          - {covered-by-fine-tuning: true}
    roles:
      developer:
        graph_roles: [pre-trainer, modifier]
        description: >-
          Developer (§22602): the person that performs the initial training of a covered model,
          or that fine-tunes a covered model enough to create a new covered model. A modifier
          below the fine-tuning threshold makes a "covered model derivative" and owes nothing
          here (the derivative definition is U in law.md). Not caught: a large fine-tune of a
          covered model's derivative (the base's own compute is tested, not its lineage's).
      computing-cluster-operator:
        graph_roles: [host]
        description: >-
          Person that operates a computing cluster (§22604). Approximated by the graph's host
          (the party that runs the hardware of a service). The graph records hosting for
          serving, not for a customer's training run, so the host stands in for the cluster
          operator.
    rules:
      - id: ca-sb1047/22603-a-1
        duty: cybersecurity-before-training
        title: >-
          Before initial training, implement reasonable administrative, technical and physical
          cybersecurity protections against unauthorized access, misuse or unsafe
          post-training modification of the covered model and derivatives it controls
        role: developer
        when: {covered-model: true}
        needs:
          information: [weights]
        citation: Bus. & Prof. Code §22603(a)(1) (enrolled SB 1047)
        status: secondary
      - id: ca-sb1047/22603-a-2
        duty: full-shutdown-capability
        title: Before initial training, implement the capability to promptly enact a full shutdown
        role: developer
        when: {covered-model: true}
        needs:
          control: [shut-down-all-copies]
        citation: Bus. & Prof. Code §22603(a)(2) (enrolled SB 1047)
        status: unverified
        note: >-
          Unverified because the reading is: encoded on the broad reading (shut down every
          copy), which the engine reports
          `infeasible` and `open-source-incompatible` for released weights. law.md (U) reads the
          bill's "full shutdown" definition as covering only the covered model and derivatives
          "controlled by a developer"; on that narrow reading the faithful control is
          shut-down-running-copy of the developer's own copies, which an open-weight developer
          can meet. The definition's wording was not checked.
      - id: ca-sb1047/22603-a-3
        duty: safety-and-security-protocol
        title: >-
          Before initial training, implement a written and separate safety and security
          protocol (testing procedure for the model and its derivatives, post-training
          modification risks, compliance requirements); retain an unredacted copy for as long as
          the model is available plus 5 years; give the Attorney General access
        role: developer
        when: {covered-model: true}
        needs:
          information: [evaluations, capabilities-limitations]
        citation: Bus. & Prof. Code §22603(a)(3) and retention/AG-access provisions of §22603 (Legislative Counsel's digest)
        status: secondary
      - id: ca-sb1047/22603-pre-use-assessment
        duty: critical-harm-assessment
        title: >-
          Before using the covered model other than for training or evaluation, or making it
          available for commercial or public use: assess whether it is reasonably capable of
          causing or materially enabling a critical harm, record the tests, and implement
          appropriate safeguards
        role: developer
        when: {covered-model: true}
        needs:
          information: [evaluations, capabilities-limitations, weights]
        citation: Bus. & Prof. Code §22603 (pre-use duties; Legislative Counsel's digest)
        status: secondary
        note: Subdivision lettering not checked against the enrolled text.
      - id: ca-sb1047/22603-prohibition
        duty: no-release-if-unreasonable-risk
        title: >-
          Do not use a covered model or derivative beyond training and evaluation, or make it
          available for commercial or public use, if there is an unreasonable risk that it will
          cause or materially enable a critical harm
        role: developer
        when: {covered-model: true}
        needs:
          information: [evaluations, capabilities-limitations]
        citation: Bus. & Prof. Code §22603 (use and release prohibition; Legislative Counsel's digest)
        status: secondary
        note: >-
          Critical harm: mass casualties or at least $500M of damage via CBRN weapons, attacks on
          critical infrastructure, or autonomous crimes (Assembly analysis, S). Whether the risk
          is unreasonable is not a fact; the rule is assigned for every covered model.
      - id: ca-sb1047/22603-audit
        duty: annual-third-party-audit
        title: >-
          Annually retain an independent third-party auditor to audit compliance; publish a
          redacted audit report and give it to the Attorney General
        role: developer
        in_force: {from: 2026-01-01}
        when: {covered-model: true}
        needs:
          information: [evaluations, capabilities-limitations]
        citation: Bus. & Prof. Code §22603 (annual audit from 1 Jan 2026; Legislative Counsel's digest)
        status: secondary
      - id: ca-sb1047/22603-incident-report
        duty: safety-incident-report
        title: >-
          Report each artificial intelligence safety incident affecting the covered model, or
          derivatives it controls, to the Attorney General within 72 hours of learning of it
        role: developer
        when: {covered-model: true}
        needs:
          information: [incident-details]
        citation: Bus. & Prof. Code §22603 (safety incident reporting)
        status: unverified
        note: >-
          law.md marks the 72-hour report U (one low-quality source). Incident details sit with
          the product vendor, so `misallocated` is expected where the developer runs no product.
      - id: ca-sb1047/22604-a-1-3
        duty: cluster-customer-verification
        title: >-
          When a customer uses compute sufficient to train a covered model: obtain its basic
          identifying information and business purpose, assess whether it intends to train a
          covered model, and re-validate before each repeated use
        role: computing-cluster-operator
        when: {cluster-at-covered-scale: true}
        citation: Bus. & Prof. Code §22604(a)(1)-(3) (enrolled SB 1047)
        status: secondary
        note: >-
          The trigger (a customer using compute sufficient to train a covered model) is not a
          fact: the graph records hosting for serving, not training runs. The rule stands in
          with hosts that serve a model of covered-model scale (above 10^26 operations), a
          customer whose compute needs are of that order. The customer here is whoever uses the
          cluster (the API provider whose service it hosts), whose identity the host holds as
          its own customer, so no information need is set: the customer-identity item in the
          vocabulary is that of end users, which the host does not need.
      - id: ca-sb1047/22604-a-4-5
        duty: cluster-access-records
        title: >-
          Retain customers' IP addresses used for access or administration with the date and
          time of each access; keep records of actions under §22604 for seven years and give
          them to the Attorney General on request
        role: computing-cluster-operator
        when: {cluster-at-covered-scale: true}
        citation: Bus. & Prof. Code §22604(a)(4)-(5) (enrolled SB 1047)
        status: secondary
        note: >-
          Same trigger approximation and customer reading as ca-sb1047/22604-a-1-3: the access
          records are the host's own.
      - id: ca-sb1047/22604-a-6
        duty: cluster-kill-switch
        title: >-
          Implement the capability to promptly enact a full shutdown of the resources a customer
          uses to train or operate models
        role: computing-cluster-operator
        when: {cluster-at-covered-scale: true}
        needs:
          control: [shut-down-running-copy]
        citation: Bus. & Prof. Code §22604(a)(6)
        status: unverified
        note: >-
          law.md marks §22604(a)(6) U. The host can shut down what it runs, so this duty is
          feasible where the shutdown-every-copy duty on an open-weight developer is not. Same
          trigger stand-in as ca-sb1047/22604-a-1-3.
    """#
}
