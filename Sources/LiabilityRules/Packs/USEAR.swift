extension BuiltinRegimes {
  /// US export controls on closed model weights (ECCN 4E091; rescinded 2025-05-13).
  static let usEAR = #"""
    format: liability-regime/1
    id: us-ear
    title: US export controls on AI model weights (ECCN 4E091, AI diffusion rule)
    version: Framework for Artificial Intelligence Diffusion, interim final rule, 90 FR 4544 (Jan 2025)
    kind: historical
    jurisdictions: [US]
    in_force: {from: 2025-01-13, to: 2025-05-13}
    scope: establishment
    url: https://www.federalregister.gov/d/2025-00636
    description: >-
      The AI diffusion interim final rule added ECCN 4E091 to the Export Administration
      Regulations: a worldwide licence requirement to export, reexport or transfer (in-country)
      the weights of closed-weight models trained with 10^26 or more operations, fine-tuning
      counted (secondary: WilmerHale, Akin, Perkins Coie). Published weights are never
      controlled: information and software that are "published" (made available to the public
      without restrictions on further dissemination) are not subject to the EAR (15 CFR
      734.3(b)(3), 734.7(a); secondary), and the 4E091 note excludes published weights
      (secondary). HISTORICAL: effective 13 January 2025 (Federal Register; secondary sources
      give a compliance date of 15 May 2025 for the new licence requirements); BIS announced its
      rescission on 13 May 2025, told staff not to enforce it and promised a replacement
      (secondary: Akin, Kirkland, MoFo, Baker McKenzie); the formal Federal Register rescission
      is unverified. So the requirement was in force from 13 January to 13 May 2025 but, if the
      15 May compliance date is right, never had to be complied with. Scope `establishment`
      approximates the exporter (a party established in the US); the EAR also reach
      reexports and transfers of US-origin items by anyone abroad, which this pack does not
      model.
    definitions:
      # 4E091: closed weights (not published) of a model trained with >= 1e26 operations.
      controlled-weights:
        weights: [closed, api-only]
        cumulative_compute_flop: {gte: 1.0e26}
    roles:
      exporter:
        graph_roles: [pre-trainer, modifier]
        description: >-
          The developer holding the model weights, as the party that would export, reexport or
          transfer them
    rules:
      - id: us-ear/4e091
        duty: export-licence-model-weights
        title: >-
          Obtain a BIS licence before exporting, reexporting or transferring the weights of a
          closed model trained with at least 1e26 operations, to any destination
        role: exporter
        when: {subject_kind: [model], controlled-weights: true}
        needs:
          information: [weights, training-compute]
        citation: 15 CFR Part 774 Supp. 1, ECCN 4E091 (90 FR 4544); 15 CFR 734.3(b)(3), 734.7(a)
        status: secondary
        note: >-
          Secondary per law.md. Condition: weights closed or api-only, and the model's compute plus
          its same-developer lineage at least 1e26 operations (secondary sources variously say
          "more than" and "1e26 or more"; the exact comparator is unverified). Open and gated
          weights are treated as published and never controlled; whether gated access (a licence
          click-through with dissemination limits) is "published" under 734.7(a) is unverified.
          Approximations: the duty applies only on export; the vocabulary has no fact for where
          copies of the weights are stored or sent (API access is not an export of the weights),
          so the duty is shown as standing. Fine-tuning by another developer does not add the
          base's compute (cumulative_compute_flop counts only the same developer's lineage), so a
          closed derivative of another's model is missed unless its own compute reaches 1e26.
          Not modelled: licence exceptions (e.g. AIA for listed destinations), the
          capability-floor de-control for models below the most capable published model (law.md:
          secondary, chipclaims), and the fundamental-research exclusion (734.8).
      - id: us-ear/4e091-derivative
        duty: export-licence-model-weights
        title: >-
          If fine-tuning counts toward the total across developers: obtain a BIS licence before
          exporting the weights of a closed derivative of another developer's model trained
          with at least 1e26 operations
        role: exporter
        when:
          subject_kind: [model]
          graph_role: [modifier]
          weights: [closed, api-only]
          base_compute_flop: {gte: 1.0e26}
        needs:
          information: [weights, training-compute]
        citation: 15 CFR Part 774 Supp. 1, ECCN 4E091 (90 FR 4544)
        status: unverified
        note: >-
          law.md says fine-tuning counts toward the total (secondary) but not whether a base
          trained by another developer does, nor how the capability floor treats a derivative of
          a published base (a published model at that scale would de-control it). Shown so the
          question is visible beside us-ear/4e091, which counts only the developer's own
          lineage.
    """#
}
