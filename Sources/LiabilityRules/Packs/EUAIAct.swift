extension BuiltinRegimes {
  /// Regulation (EU) 2024/1689: the general-purpose model duties (Arts
  /// 51-55 with the Art 53(2) open-source exemption), the downstream
  /// modifier test, Art 50(1), and the Art 2(1) territorial scope.
  static let euAIAct = #"""
    format: liability-regime/1
    id: eu-ai-act
    title: EU Artificial Intelligence Act
    version: Regulation (EU) 2024/1689 (OJ L, 12.7.2024)
    kind: law
    jurisdictions: [EU]
    in_force: {from: 2024-08-01}
    scope: market
    url: https://eur-lex.europa.eu/eli/reg/2024/1689/oj
    description: >-
      Art 2(1): applies to providers placing AI systems or general-purpose AI models on the
      Union market, wherever established, and to providers and deployers whose system's output
      is used in the Union. Chapter V (general-purpose AI models) applies from 2 August 2025.
    definitions:
      systemic-risk:
        training_compute_flop: {gt: 1.0e25}
      open-source-release:
        open_source: true
      new-model-by-modification:
        any:
          - modification_share: {gt: 0.3333333}
          - {base_compute_known: false, modification_compute_flop: {gt: 3.3333333e22}}
    roles:
      gpai-provider:
        graph_roles: [pre-trainer]
        description: Provider of a general-purpose AI model (Art 3(3), 3(63))
      gpai-modifier:
        graph_roles: [modifier]
        description: >-
          Downstream modifier of a general-purpose AI model; provider of a new model only when
          its modification used more than a third of the original's training compute
          (Commission GPAI guidelines), and then only for its modification (Recital 109)
      ai-system-provider:
        graph_roles: [product-vendor]
        description: >-
          Provider of an AI system placed on the market or put into service (Art 3(3)); for
          Art 50(1), the system that interacts directly with people, i.e. the product (an API
          that only other systems call does not)
    rules:
      - id: eu-ai-act/53-1-a
        duty: technical-documentation
        title: Draw up and keep up to date the model's technical documentation (Annex XI)
        role: gpai-provider
        in_force: {from: 2025-08-02}
        when: {general_purpose: true}
        exempt:
          - when: {open-source-release: true, systemic-risk: false}
            because: >-
              Art 53(2): released under a free and open-source licence with public weights,
              architecture and usage information, not monetised, and without systemic risk.
        needs:
          information: [model-architecture, training-data, training-compute, evaluations]
        citation: Art. 53(1)(a)
        status: verified
      - id: eu-ai-act/53-1-b
        duty: downstream-documentation
        title: Give providers integrating the model the information of Annex XII
        role: gpai-provider
        in_force: {from: 2025-08-02}
        when: {general_purpose: true}
        exempt:
          - when: {open-source-release: true, systemic-risk: false}
            because: >-
              Art 53(2): released under a free and open-source licence with public weights,
              architecture and usage information, not monetised, and without systemic risk.
        needs:
          information: [capabilities-limitations, model-architecture, intended-use]
        citation: Art. 53(1)(b)
        status: verified
      - id: eu-ai-act/53-1-c
        duty: copyright-policy
        title: Put in place a policy to comply with Union copyright law (text and data mining opt-outs)
        role: gpai-provider
        in_force: {from: 2025-08-02}
        when: {general_purpose: true}
        needs: {information: [training-data]}
        citation: Art. 53(1)(c)
        status: verified
        note: The Art 53(2) open-source exemption does not cover (c).
      - id: eu-ai-act/53-1-d
        duty: training-data-summary
        title: Publish a sufficiently detailed summary of the training content (AI Office template)
        role: gpai-provider
        in_force: {from: 2025-08-02}
        when: {general_purpose: true}
        needs: {information: [training-data]}
        citation: Art. 53(1)(d)
        status: verified
        note: The Art 53(2) open-source exemption does not cover (d).
      - id: eu-ai-act/53-1-a-modifier
        duty: technical-documentation
        title: Document the modification (the modifier is provider of a new model)
        role: gpai-modifier
        in_force: {from: 2025-08-02}
        when: {general_purpose: true, new-model-by-modification: true}
        exempt:
          - when: {open-source-release: true, systemic-risk: false}
            because: Art 53(2) open-source exemption, as for any provider.
        needs: {information: [fine-tune-data, training-compute, evaluations]}
        citation: Art. 53(1)(a); Recital 109; GPAI guidelines (one-third compute)
        status: secondary
      - id: eu-ai-act/53-1-d-modifier
        duty: training-data-summary
        title: Summarise the data of the modification (the modifier is provider of a new model)
        role: gpai-modifier
        in_force: {from: 2025-08-02}
        when: {general_purpose: true, new-model-by-modification: true}
        needs: {information: [fine-tune-data]}
        citation: Art. 53(1)(d); Recital 109; GPAI guidelines (one-third compute)
        status: secondary
      - id: eu-ai-act/52-1
        duty: notify-commission
        title: Notify the Commission within two weeks of meeting the systemic-risk threshold
        role: gpai-provider
        in_force: {from: 2025-08-02}
        when: {general_purpose: true, systemic-risk: true}
        needs: {information: [training-compute]}
        citation: Art. 51(2), 52(1)
        status: verified
      - id: eu-ai-act/55-1-a
        duty: model-evaluation
        title: Evaluate the model and test it adversarially
        role: gpai-provider
        in_force: {from: 2025-08-02}
        when: {general_purpose: true, systemic-risk: true}
        needs: {information: [evaluations, weights]}
        citation: Art. 55(1)(a)
        status: verified
      - id: eu-ai-act/55-1-b
        duty: systemic-risk-mitigation
        title: Assess and mitigate possible systemic risks at Union level
        role: gpai-provider
        in_force: {from: 2025-08-02}
        when: {general_purpose: true, systemic-risk: true}
        needs: {information: [evaluations, capabilities-limitations]}
        citation: Art. 55(1)(b)
        status: verified
      - id: eu-ai-act/55-1-c
        duty: serious-incident-reporting
        title: Track, document and report serious incidents to the AI Office without undue delay
        role: gpai-provider
        in_force: {from: 2025-08-02}
        when: {general_purpose: true, systemic-risk: true}
        needs: {information: [incident-details]}
        citation: Art. 55(1)(c)
        status: verified
      - id: eu-ai-act/55-1-d
        duty: cybersecurity
        title: Ensure adequate cybersecurity protection for the model and its infrastructure
        role: gpai-provider
        in_force: {from: 2025-08-02}
        when: {general_purpose: true, systemic-risk: true}
        needs: {information: [weights]}
        citation: Art. 55(1)(d)
        status: verified
      - id: eu-ai-act/50-1
        duty: ai-interaction-notice
        title: Tell people they are interacting with an AI system, unless that is obvious
        role: ai-system-provider
        in_force: {from: 2026-08-02}
        when: {users: [consumers]}
        needs:
          information: [user-facing-claims]
          control: [change-deployment-configuration]
        citation: Art. 50(1)
        status: verified
    """#
}
