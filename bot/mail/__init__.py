"""E-mail intake (IMAP with IDLE, LMTP) and the clean copy for the helpdesk (SMTP).
(Nothing is imported here so that reading the settings stays cheap.)"""
