"""The engine: claims compiled to linear constraints and decided jointly by an exact solver."""
