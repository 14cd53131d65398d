"""Claims paired: embeddings, clusters, candidate pairs, suggested labels and the classifier that learns from reviews."""
