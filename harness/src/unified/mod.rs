//! The unified-format spec runner.
