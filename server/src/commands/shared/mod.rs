//! Pieces that several command handlers share and that are no command of
//! their own: how an update statement modifies a document (update
//! operators or a pipeline).

pub mod modification;
