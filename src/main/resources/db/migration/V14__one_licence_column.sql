-- Which licence a career usually goes with is held once, in usual_licence (V7); the older yes/no column said the
-- same for the same two careers and is dropped so that the two can never disagree.
alter table career drop column clinical_licence_usual;
