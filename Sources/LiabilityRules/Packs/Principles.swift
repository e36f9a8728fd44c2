extension BuiltinRegimes {
  /// The policy principles the project starts from, as rules that can be
  /// set beside each law.
  static let principles = #"""
    format: liability-regime/1
    id: principles
    title: Policy principles (duties follow information and control)
    version: Project policy principles, version 1
    kind: principles
    scope: none
    description: >-
      Regulate harmful use, not development. Disclosure duties go to whoever holds the
      information; harm at use goes to the party that brings the product to users; an
      open-source developer without control is not liable for downstream misuse; no state
      reaches development done wholly elsewhere. Not law: a yardstick to compare laws with.
    roles:
      pre-trainer: {graph_roles: [pre-trainer], description: develops a model from scratch}
      modifier: {graph_roles: [modifier], description: derives a model from another's model}
      api-provider: {graph_roles: [api-provider], description: serves a model to third parties}
      product-vendor: {graph_roles: [product-vendor], description: brings a product to users}
      dataset-publisher: {graph_roles: [dataset-publisher], description: publishes a dataset}
    rules:
      - id: principles/disclose-training-data
        duty: training-data-disclosure
        title: Describe the training data of the model one trained
        role: pre-trainer
        needs: {information: [training-data, training-compute]}
        citation: Principle 1 (disclosure follows the information)
        status: verified
      - id: principles/disclose-fine-tune-data
        duty: fine-tune-data-disclosure
        title: Describe the data of one's own modification, and only that
        role: modifier
        needs: {information: [fine-tune-data]}
        citation: Principle 1 (disclosure follows the information)
        status: verified
      - id: principles/dataset-documentation
        duty: dataset-documentation
        title: Document the dataset one publishes
        role: dataset-publisher
        needs: {information: [training-data]}
        citation: Principle 1 (disclosure follows the information)
        status: verified
      - id: principles/deployment-disclosure
        duty: deployment-disclosure
        title: Disclose how the service is configured and used
        role: api-provider
        needs: {information: [deployment-configuration, usage-logs]}
        citation: Principle 1 (disclosure follows the information)
        status: verified
      - id: principles/answer-for-harm-at-use
        duty: answer-for-harm
        title: Answer for harm from the product one brings to users
        role: product-vendor
        needs:
          information: [intended-use, user-facing-claims, incident-details]
          control: [change-deployment-configuration, shut-down-running-copy]
        citation: Principle 2 (the party that brings a product to users answers for its harm)
        answers_for_harm: true
        status: verified
      - id: principles/answer-for-downstream-misuse
        duty: answer-for-downstream-misuse
        title: Answer for misuse of a model by others
        role: pre-trainer
        # Stated weights only: unstated weights leave the question open.
        when:
          any:
            - weights: [closed, api-only]
            - published_weights: true
        exempt:
          - when: {published_weights: true}
            because: >-
              Principle 3: a developer that released the weights cannot control what others do
              with them and does not answer for their misuse.
        needs: {control: [revoke-access]}
        note: >-
          A file that does not state the weights leaves the rule open (a trace shows it as
          indeterminate). Monitoring all downstream use is not asked: that is the duty
          Principle 3 calls a ban in disguise.
        citation: Principle 3 (no liability for downstream misuse one cannot control)
        answers_for_harm: true
        status: verified
      - id: principles/modifier-downstream-misuse
        duty: answer-for-downstream-misuse
        title: Answer for misuse of a derived model by others
        role: modifier
        when:
          any:
            - weights: [closed, api-only]
            - published_weights: true
        exempt:
          - when: {published_weights: true}
            because: >-
              Principle 3: a modifier that released the weights cannot control what others do
              with them and does not answer for their misuse.
        needs: {control: [revoke-access]}
        note: As principles/answer-for-downstream-misuse, for a modifier's own derived model.
        citation: Principle 3 (no liability for downstream misuse one cannot control)
        answers_for_harm: true
        status: verified
    """#
}
