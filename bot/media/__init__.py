"""Voice notes, pictures and recordings: stored on disk (store), fetched from Twilio (download),
converted for WhatsApp (convert) and served to Twilio by signed URLs (urls)."""
