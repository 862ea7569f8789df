"""The web chat: a Dutch assistant over a WebSocket, handing chats to a person by mail or
webhook. (Nothing is imported here so that reading the settings stays cheap.)"""
