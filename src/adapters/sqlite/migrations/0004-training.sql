-- Training: which checklist items a learner ticked, so a lesson's "to do"
-- list keeps its ticks between classes. Item is the position in the list.
CREATE TABLE checklist_ticks (
  learner_id INTEGER NOT NULL REFERENCES learners (id),
  module_id  TEXT    NOT NULL,
  lesson_id  TEXT    NOT NULL,
  item       INTEGER NOT NULL CHECK (item >= 0),
  ticked_at  TEXT    NOT NULL,
  PRIMARY KEY (learner_id, module_id, lesson_id, item)
);

CREATE INDEX learners_class ON learners (class_name, name);
CREATE INDEX rehearsals_learner ON rehearsals (learner_id, at);
