-- When the answer's model call started, counted from the message's arrival: with first_token_ms it
-- separates Switchboard's own work before the call from the model's time to first token.
ALTER TABLE messages ADD COLUMN model_started_ms integer;
