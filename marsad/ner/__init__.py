"""marsad's own Arabic named-entity tagger: features, training, tagging, evaluation, rule layers."""
