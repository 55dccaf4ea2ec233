"""NLP layer: model loading, one spaCy component per extractor, and the pipeline driver."""
