extension BuiltinRegimes {
  /// Regulation (EU) 2024/1689: the general-purpose model duties (Arts
  /// 51-55 with the Art 53(2) open-source exemption), the downstream
  /// modifier test, high-risk providers and deployers (Arts 16, 26, 27,
  /// 73), the value chain (Art 25), Art 50, and the Art 2(1) territorial
  /// scope.
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
        # Art 53(2): a free and open-source licence, with the weights, the architecture and
        # usage information public, and not monetised. Either the model's own facts say so, or
        # its components reach a Model Openness Framework class (architecture, final parameters,
        # model card and the rest under open licences) and it is not monetised.
        any:
          - {open_source: true}
          - {mof_open_model: true, monetized: false}
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
      system-provider:
        graph_roles: [product-vendor, api-provider]
        description: >-
          Provider of an AI system, including a general-purpose AI system offered as a service
          (Art 3(3), 3(66)): the product's vendor, or the provider of an API
      new-provider:
        graph_roles: [product-vendor]
        description: >-
          A distributor, importer, deployer or other third party that becomes the provider of a
          high-risk AI system by rebranding, substantially modifying or repurposing another
          party's system (Art 25(1))
      value-chain-supplier:
        graph_roles: [pre-trainer, modifier, api-provider]
        description: >-
          A third party supplying a model, service or component used or integrated in a
          high-risk AI system (Art 25(4))
      deployer:
        graph_roles: [deployer]
        description: >-
          A person using an AI system under its authority in a professional activity (Art 3(4));
          personal, non-professional use is outside the Act (Art 2(10))
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
      - id: eu-ai-act/16
        duty: high-risk-provider-obligations
        title: >-
          Meet the high-risk requirements: quality management, technical documentation,
          conformity assessment, CE marking, registration, logs, corrective action
        role: system-provider
        in_force: {from: 2026-08-02}
        when: {subject_kind: [product, service], high_risk: true}
        needs:
          information: [intended-use, capabilities-limitations, evaluations, training-data]
          control: [change-deployment-configuration]
        citation: Art. 16; Art. 11 and Annex IV; Art. 113
        status: verified
        note: >-
          Annex IV asks for the training data and methods of the system, which a vendor building
          on another party's model holds only by disclosure; Art 25(4) is the Act's answer. The
          Art 6(3) derogation for an Annex III system that poses no significant risk is taken
          from the file's high_risk: false. Dated 2 Aug 2026 (Art 113) for Annex III systems; a
          system high-risk under Art 6(1) (a safety component under Annex I legislation) is
          bound from 2 Aug 2027 (Art 113(c)), which the file's high_risk does not tell apart.
      - id: eu-ai-act/73
        duty: serious-incident-reporting
        title: >-
          Report a serious incident to the market surveillance authority within 15 days (2 days
          for a widespread infringement or critical infrastructure, 10 days for a death)
        role: system-provider
        in_force: {from: 2026-08-02}
        when: {subject_kind: [product, service], high_risk: true}
        needs: {information: [incident-details]}
        citation: Art. 73(1)-(4)
        status: verified
      - id: eu-ai-act/25-1-a
        duty: becomes-high-risk-provider
        title: >-
          Take on the provider's obligations for a high-risk system it puts its name or
          trademark on
        role: new-provider
        in_force: {from: 2026-08-02}
        when: {rebranded_high_risk: true}
        needs:
          information: [intended-use, capabilities-limitations, evaluations, training-data]
          control: [change-deployment-configuration]
        citation: Art. 25(1)(a), Art. 16
        status: verified
        note: Without prejudice to a contract that allocates the obligations otherwise.
      - id: eu-ai-act/25-1-b
        duty: becomes-high-risk-provider
        title: >-
          Take on the provider's obligations for a high-risk system it modified substantially
          and that stays high-risk
        role: new-provider
        in_force: {from: 2026-08-02}
        when: {modified_high_risk: true, high_risk: true}
        needs:
          information: [intended-use, capabilities-limitations, evaluations, training-data]
          control: [change-deployment-configuration]
        citation: Art. 25(1)(b), Art. 16
        status: verified
      - id: eu-ai-act/25-1-c
        duty: becomes-high-risk-provider
        title: >-
          Take on the provider's obligations for a system, including a general-purpose one, whose
          intended purpose it changed so that it became high-risk
        role: new-provider
        in_force: {from: 2026-08-02}
        when: {repurposed_not_high_risk: true, high_risk: true}
        needs:
          information: [intended-use, capabilities-limitations, evaluations, training-data]
          control: [change-deployment-configuration]
        citation: Art. 25(1)(c), Art. 16
        status: verified
      - id: eu-ai-act/73-new-provider
        duty: serious-incident-reporting
        title: >-
          As the new provider of a system it took over, report its serious incidents within 15
          days (2 or 10 days in the cases of Art 73(3), (4))
        role: new-provider
        in_force: {from: 2026-08-02}
        when:
          any:
            - {rebranded_high_risk: true}
            - {modified_high_risk: true, high_risk: true}
            - {repurposed_not_high_risk: true, high_risk: true}
        needs: {information: [incident-details]}
        citation: Art. 25(1), Art. 73(1)-(4)
        status: verified
      - id: eu-ai-act/25-2
        duty: cooperate-with-new-provider
        title: >-
          Cooperate with the new provider: hand over the information and technical access it
          needs, above all for the conformity assessment
        role: system-provider
        in_force: {from: 2026-08-02}
        when: {taken_over_downstream: true}
        exempt:
          - when: {high_risk_use_excluded: true, high_risk: false}
            because: >-
              Art 25(2), last sentence: the initial provider clearly specified that its system
              is not to be changed into a high-risk AI system.
        needs: {information: [intended-use, capabilities-limitations, evaluations]}
        citation: Art. 25(2)
        status: verified
        note: >-
          The initial provider is no longer provider of that specific system; it stays provider
          of its own system as offered to others.
      - id: eu-ai-act/25-4
        duty: supplier-agreement
        title: >-
          Agree in writing with the high-risk system's provider the information, capabilities,
          technical access and assistance it needs
        role: value-chain-supplier
        in_force: {from: 2026-08-02}
        when: {feeds_high_risk: true}
        exempt:
          - when: {open_license: true, general_purpose: false}
            because: >-
              Art 25(4), second sentence: components made accessible to the public under a free
              and open-source licence are exempt, but not general-purpose AI models.
        needs: {information: [customer-identity, capabilities-limitations]}
        citation: Art. 25(4); Recital 89
        status: verified
        note: >-
          An agreement needs a counterparty: a supplier that cannot know who builds a high-risk
          system on its released model cannot make one, hence the need for customer identity.
      - id: eu-ai-act/26
        duty: high-risk-deployer-obligations
        title: >-
          Use the system per its instructions, assign human oversight, monitor it, keep its logs
          for at least six months, inform workers and the people it decides about
        role: deployer
        in_force: {from: 2026-08-02}
        when: {subject_kind: [product, service], high_risk: true}
        needs: {information: [intended-use]}
        citation: Art. 26(1), (2), (5), (6), (7), (11)
        status: verified
        note: The logs are owed "to the extent such logs are under their control" (Art 26(6)).
      - id: eu-ai-act/27
        duty: fundamental-rights-impact-assessment
        title: Assess the system's impact on fundamental rights before first use
        role: deployer
        in_force: {from: 2026-08-02}
        when:
          subject_kind: [product, service]
          high_risk: true
          any:
            - party_kind: [government]
              risk_areas: [biometrics, education, employment, essential-services, lending,
                insurance, government-services, law-enforcement, migration, justice,
                democratic-processes]
            - risk_areas: [lending, insurance]
        needs: {information: [intended-use, capabilities-limitations]}
        citation: Art. 27(1)
        status: verified
        note: >-
          Also private entities providing public services, which the file cannot tell apart.
          Not for Annex III point 2 (critical infrastructure), nor for Annex I systems (Art 6(1)):
          the public-body branch needs an Annex III area other than critical infrastructure. For
          a deployer of a service, the risk areas are those of every product built on it.
      - id: eu-ai-act/50-2
        duty: machine-readable-marking
        title: Mark generated audio, image, video or text as artificially generated, machine-readably
        role: system-provider
        in_force: {from: 2026-08-02}
        when: {generates: [text, image, audio, video]}
        exempt:
          - when: {functions: [assistive-editing]}
            because: >-
              Art 50(2): the system performs an assistive function for standard editing or does
              not substantially alter the input.
        needs: {control: [change-deployment-configuration]}
        citation: Art. 50(2)
        status: verified
      - id: eu-ai-act/50-3
        duty: biometric-system-notice
        title: Inform the people exposed to an emotion-recognition or biometric-categorisation system
        role: deployer
        in_force: {from: 2026-08-02}
        when: {functions: [emotion-recognition, biometric-categorisation]}
        needs: {information: [capabilities-limitations]}
        citation: Art. 50(3)
        status: verified
      - id: eu-ai-act/50-4-deep-fakes
        duty: deep-fake-disclosure
        title: Disclose that image, audio or video content is a deep fake
        role: deployer
        in_force: {from: 2026-08-02}
        when: {functions: [deep-fakes]}
        needs: {information: [capabilities-limitations]}
        citation: Art. 50(4), first subparagraph
        status: verified
      - id: eu-ai-act/50-4-text
        duty: generated-text-disclosure
        title: Disclose that text published on matters of public interest was generated by AI
        role: deployer
        in_force: {from: 2026-08-02}
        when: {functions: [public-interest-text]}
        exempt:
          - when: {editorial_review: true}
            because: >-
              Art 50(4), second subparagraph: the text underwent human review or editorial
              control and a person holds editorial responsibility for its publication.
        needs: {information: [capabilities-limitations]}
        citation: Art. 50(4), second subparagraph
        status: verified
    """#
}
