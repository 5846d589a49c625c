-- Waymark store, version 11: which tile of the simulated journey produced each simulated interaction, so that a
-- timeline can say "simulated in 'journey' at 'tile'". A run keeps the names its tiles had when it ran (the journey
-- may be edited or deleted since); an interaction keeps the tile's id. Deleting a run takes its tiles with it.
ALTER TABLE interaction ADD COLUMN tile_id VARCHAR(100);

CREATE TABLE simulation_tile (
    run_id     VARCHAR(64)  NOT NULL REFERENCES simulation_run (run_id) ON DELETE CASCADE,
    tile_id    VARCHAR(100) NOT NULL,
    tile_name  VARCHAR(300) NOT NULL,
    PRIMARY KEY (run_id, tile_id)
);
